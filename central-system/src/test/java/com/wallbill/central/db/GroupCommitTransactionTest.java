package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.central.TestSupport;
import com.wallbill.central.db.GroupCommitter.JournalEntry;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Group commit against the real database: one transaction per group, a failing message never costs its neighbours. */
@QuarkusTest
class GroupCommitTransactionTest {

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    /** One group at a time, so messages submitted while the first is held form the next group together. */
    private GroupCommitter committer() {
        return new GroupCommitter(pool, vertx, 64, 1, Duration.ofSeconds(30), Duration.ZERO);
    }

    private static JournalEntry journal(String chargePointId, String frame) {
        return new JournalEntry(chargePointId, 1L, OffsetDateTime.now(), frame);
    }

    private long journalRows(String chargePointId) throws Exception {
        return await(pool.preparedQuery("SELECT count(*) FROM ocpp_journal WHERE charge_point_id = $1")
                .execute(Tuple.of(chargePointId)).map(rows -> rows.iterator().next().getLong(0)));
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aFailingMessageIsRolledBackAloneAndItsNeighboursAreCommittedOnce() throws Exception {
        String id = TestSupport.newId("group");
        GroupCommitter committer = committer();
        Promise<Void> hold = Promise.promise();
        Future<Object> first = committer.submit(journal(id, "first"), tx -> hold.future().map(v -> "first"));

        Future<Object> ok1 = committer.submit(journal(id, "ok-1"), tx -> tx
                .preparedQuery("SELECT 1 AS one").execute().map(rows -> "ok-1"));
        Future<Object> bad = committer.submit(journal(id, "bad"), tx -> tx
                .preparedQuery("SELECT 1 / 0").execute().map(rows -> "bad"));
        Future<Object> ok2 = committer.submit(journal(id, "ok-2"), tx -> tx
                .preparedQuery("SELECT 2 AS two").execute().map(rows -> "ok-2"));
        hold.complete();

        assertThat(await(first)).isEqualTo("first");
        assertThat(await(ok1)).isEqualTo("ok-1");
        assertThat(await(ok2)).isEqualTo("ok-2");
        Throwable failure = bad.toCompletionStage().toCompletableFuture().handle((ok, error) -> error)
                .get(20, TimeUnit.SECONDS);
        assertThat(failure).hasMessageContaining("division by zero");

        // the group was rolled back and retried message by message: every good frame once, the bad one never
        List<String> frames = await(pool.preparedQuery(
                "SELECT frame FROM ocpp_journal WHERE charge_point_id = $1 ORDER BY frame").execute(Tuple.of(id))
                .map(rows -> {
                    List<String> out = new java.util.ArrayList<>();
                    rows.forEach(row -> out.add(row.getString(0)));
                    return out;
                }));
        assertThat(frames).containsExactly("first", "ok-1", "ok-2");
    }

    @Test
    void aGroupIsOneTransaction() throws Exception {
        String id = TestSupport.newId("group");
        GroupCommitter committer = committer();
        Promise<Void> hold = Promise.promise();
        Future<Object> first = committer.submit(null, tx -> hold.future().map(v -> "first"));
        // both messages run in the same transaction: the second sees the first's uncommitted row, and both share
        // one transaction id
        Future<Long> writer = committer.submit(journal(id, "w"), tx -> tx
                .preparedQuery("SELECT txid_current()").execute().map(rows -> rows.iterator().next().getLong(0)));
        Future<Long> reader = committer.submit(null, tx -> tx
                .preparedQuery("SELECT txid_current()").execute().map(rows -> rows.iterator().next().getLong(0)));
        hold.complete();
        await(first);
        assertThat(await(writer)).isEqualTo(await(reader));
        assertThat(journalRows(id)).isEqualTo(1);
    }

    private static Future<Long> transactionId(GroupCommitter committer) {
        return committer.submit(null, tx -> tx.preparedQuery("SELECT txid_current()").execute()
                .map(rows -> rows.iterator().next().getLong(0)));
    }

    @Test
    void messagesArrivingWithinTheLingerShareOneGroup() throws Exception {
        GroupCommitter committer = new GroupCommitter(pool, vertx, 64, 1, Duration.ofSeconds(30),
                Duration.ofMillis(500));
        Future<Long> first = transactionId(committer);
        Thread.sleep(50);
        Future<Long> second = transactionId(committer);
        Thread.sleep(50);
        Future<Long> third = transactionId(committer);
        assertThat(await(second)).isEqualTo(await(first));
        assertThat(await(third)).isEqualTo(await(first));
    }

    @Test
    void aFullGroupStartsWithoutWaitingForTheLinger() throws Exception {
        GroupCommitter committer = new GroupCommitter(pool, vertx, 2, 1, Duration.ofSeconds(30),
                Duration.ofHours(1));
        Future<Long> first = transactionId(committer);
        Future<Long> second = transactionId(committer);
        // an hour's linger: only the full group may have started it
        assertThat(await(second)).isEqualTo(await(first));
    }

    @Test
    void statementsIssuedTogetherLeaveInOneWriteInsteadOfOneEach() throws Exception {
        String id = TestSupport.newId("flush");
        String sql = "SELECT $1::int AS n";
        AtomicInteger flushes = new AtomicInteger();
        AtomicReference<Channel> watched = new AtomicReference<>();
        Future<Object> written = committer().submit(journal(id, "flushes"), tx -> tx.preparedQuery(sql)
                .execute(Tuple.of(0)).compose(prepared -> {
                    // The statement is prepared on this connection now, so none of the eight waits for a parse.
                    // Nearest the socket, the counter sees every flush that reaches it from here on.
                    Channel channel = FlushConsolidation.channel(tx.connection()).orElseThrow();
                    channel.pipeline().addFirst("test-flush-counter", new ChannelOutboundHandlerAdapter() {
                        @Override
                        public void flush(ChannelHandlerContext ctx) {
                            flushes.incrementAndGet();
                            ctx.flush();
                        }
                    });
                    watched.set(channel);
                    List<Future<?>> statements = new ArrayList<>();
                    for (int i = 1; i <= 8; i++) {
                        statements.add(tx.preparedQuery(sql).execute(Tuple.of(i)));
                    }
                    return Future.all(statements).map(all -> "written");
                }));

        assertThat(await(written)).isEqualTo("written");
        watched.get().pipeline().remove("test-flush-counter");
        // the eight statements in one write, COMMIT in another; nine when each statement is flushed on its own
        assertThat(flushes.get()).isEqualTo(2);
    }
}
