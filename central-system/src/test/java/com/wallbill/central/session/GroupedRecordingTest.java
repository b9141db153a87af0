package com.wallbill.central.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.wallbill.central.TestSupport;
import com.wallbill.central.db.GroupCommitter;
import com.wallbill.central.db.GroupCommitter.JournalEntry;
import com.wallbill.central.session.SessionStore.EventOutcome;
import com.wallbill.central.session.SessionStore.TransactionEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Messages of many chargers recorded in one group commit, as under load: each 2.0.1 event and each reading lands
 * in its own charger's session exactly once, whatever order the messages joined the group in.
 */
@QuarkusTest
class GroupedRecordingTest {

    private static final Instant T0 = Instant.parse("2026-11-02T19:00:00Z");

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private static JournalEntry journal(String chargePointId) {
        return new JournalEntry(chargePointId, 1L, OffsetDateTime.now(), "[2,\"x\",\"Test\",{}]");
    }

    private static TransactionEvent event(String ref, int seqNo, String type, Instant at, long wh) {
        String context = "Started".equals(type) ? "Transaction.Begin" : "Sample.Periodic";
        return new TransactionEvent(ref, seqNo, type, "MeterValuePeriodic", at, false, 1, 1, "TAG", null,
                List.of(reading(at, context, wh)), Set.of());
    }

    private static MeterReading reading(Instant at, String context, long wh) {
        return new MeterReading(at, context, java.math.BigDecimal.valueOf(wh), "[{\"value\":" + wh
                + ",\"measurand\":\"Energy.Active.Import.Register\"}]");
    }

    private List<Long> registers(long sessionId) throws Exception {
        return await(pool.preparedQuery("SELECT register_wh FROM meter_value WHERE session_id = $1 ORDER BY sampled_at")
                .execute(Tuple.of(sessionId)).map(rows -> {
                    List<Long> out = new java.util.ArrayList<>();
                    rows.forEach(row -> out.add(row.getBigDecimal(0).longValueExact()));
                    return out;
                }));
    }

    /** A message that keeps its group open until {@code hold} completes, so the next messages form one group. */
    private static Future<Object> holding(GroupCommitter committer, Promise<Void> hold) {
        return committer.submit(null, tx -> hold.future().map(v -> "held"));
    }

    @Test
    void oneGroupOfMixedMessagesKeepsEveryReadingOnceInItsOwnSession() throws Exception {
        String v16 = TestSupport.newId("grp16");
        String a = TestSupport.newId("grpA");
        String b = TestSupport.newId("grpB");
        for (String id : List.of(v16, a, b)) {
            TestSupport.register(id, null);
        }
        GroupCommitter committer = new GroupCommitter(pool, vertx, 64, 1, Duration.ofSeconds(30), Duration.ZERO);
        SessionStore store = new SessionStore(committer);
        var payload = JsonNodeFactory.instance.objectNode();

        SessionStore.Started16 started = await(store.start16(journal(v16), v16, 1, "TAG", T0, 1_000, T0, Set.of()));
        long sessionB = await(store.transactionEvent(journal(b), b, event("tx-b", 0, "Started", T0, 500), T0,
                payload)).sessionId();

        // Hold the committer so that the next messages form one group. The 1.6 readings come first: the meter-value
        // statement must still run after the events statement, or A's Begin reading would find no recorded event.
        Promise<Void> hold = Promise.promise();
        Future<Object> held = holding(committer, hold);
        Future<Optional<Long>> readings16 = store.addReadings(journal(v16), v16,
                Integer.toString(started.transactionId()), "MeterValues",
                List.of(reading(T0.plusSeconds(60), "Sample.Periodic", 1_200)), T0.plusSeconds(61), payload);
        Future<EventOutcome> startA = store.transactionEvent(journal(a), a, event("tx-a", 0, "Started", T0, 7_000),
                T0, payload);
        Future<EventOutcome> updateB = store.transactionEvent(journal(b), b,
                event("tx-b", 1, "Updated", T0.plusSeconds(60), 800), T0.plusSeconds(61), payload);
        hold.complete();
        await(held);

        assertThat(await(readings16)).contains(started.sessionId());
        EventOutcome a0 = await(startA);
        assertThat(a0.created()).isTrue();
        assertThat(a0.replay()).isFalse();
        EventOutcome b1 = await(updateB);
        assertThat(b1.sessionId()).isEqualTo(sessionB);
        assertThat(b1.created()).isFalse();
        assertThat(b1.replay()).isFalse();

        assertThat(registers(started.sessionId())).containsExactly(1_000L, 1_200L);
        assertThat(registers(a0.sessionId())).containsExactly(7_000L);
        assertThat(registers(sessionB)).containsExactly(500L, 800L);

        // B's update delivered again, grouped with a new event of A: the replay stores nothing, A's event is kept
        hold = Promise.promise();
        held = holding(committer, hold);
        Future<EventOutcome> replayB = store.transactionEvent(journal(b), b,
                event("tx-b", 1, "Updated", T0.plusSeconds(60), 800), T0.plusSeconds(90), payload);
        Future<EventOutcome> updateA = store.transactionEvent(journal(a), a,
                event("tx-a", 1, "Updated", T0.plusSeconds(60), 7_400), T0.plusSeconds(61), payload);
        hold.complete();
        await(held);
        assertThat(await(replayB).replay()).isTrue();
        assertThat(await(updateA).replay()).isFalse();
        assertThat(registers(sessionB)).containsExactly(500L, 800L);
        assertThat(registers(a0.sessionId())).containsExactly(7_000L, 7_400L);
    }
}
