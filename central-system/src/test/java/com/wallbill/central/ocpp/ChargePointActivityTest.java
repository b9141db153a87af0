package com.wallbill.central.ocpp;

import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chargers dropping at once: each one's last-seen time is stored, however the writes were batched. */
@QuarkusTest
class ChargePointActivityTest {

    private static final int CHARGERS = 30;

    @TestHTTPResource("/ocpp")
    URI http;

    @Inject
    Pool pool;

    private Map<String, Instant> storedLastSeen(List<String> ids) {
        return TestSupport.await(pool.preparedQuery("SELECT id, last_seen_at FROM charge_point WHERE id = ANY ($1::text[])")
                .execute(Tuple.tuple().addArrayOfString(ids.toArray(String[]::new))).map(rows -> {
                    Map<String, Instant> out = new HashMap<>();
                    rows.forEach(row -> {
                        OffsetDateTime seen = row.getOffsetDateTime("last_seen_at");
                        out.put(row.getString("id"), seen == null ? null : seen.toInstant());
                    });
                    return out;
                }));
    }

    @Test
    void chargersDroppingTogetherEachKeepTheirLastActivity() throws Exception {
        List<String> ids = new ArrayList<>();
        List<ScriptedChargePoint> chargers = new ArrayList<>();
        String prefix = newId("drop");
        for (int i = 0; i < CHARGERS; i++) {
            String id = prefix + "-" + i;
            ids.add(id);
            chargers.add(bootedChargePoint(ocppEndpoint(http), id, i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201));
        }
        // activity after the boot (which wrote last_seen itself): only the disconnect can store this later time
        Thread.sleep(1_100);
        Instant heartbeatsFrom = Instant.now().minusMillis(50);
        for (ScriptedChargePoint cp : chargers) {
            cp.call("Heartbeat", json("{}"));
        }
        chargers.forEach(ScriptedChargePoint::close);

        Map<String, Instant> stored = TestSupport.eventually(() -> {
            Map<String, Instant> seen = storedLastSeen(ids);
            return seen.size() == CHARGERS && seen.values().stream()
                    .allMatch(at -> at != null && !at.isBefore(heartbeatsFrom)) ? seen : null;
        });
        assertThat(stored).hasSize(CHARGERS);
    }

    @Test
    void lastSeenWriteProbesEachChargerOnceEvenUnderAGenericPlan() throws Exception {
        // Prepared statements soon run with a generic plan, which guesses ten elements per array parameter; the
        // write must not then compare every charger with every other (it did: 50 million comparisons at 10,000).
        // With fewer rows than this the planner prefers hash joins, and the former statement passed too.
        int count = 10_000;
        String prefix = newId("plan");
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = prefix + "-" + i;
        }
        String seen = "2026-11-27T10:00:00Z";
        String idArray = "{" + String.join(",", ids) + "}";
        String seenArray = "{" + String.join(",", Collections.nCopies(count, seen)) + "}";
        String statement = newId("last_seen_plan").replace('-', '_');

        record Outcome(JsonNode plan, long updated) {
        }
        // all in one transaction, rolled back: the chargers and their statistics are gone afterwards
        Outcome outcome = TestSupport.await(pool.withConnection(c -> c.begin().compose(tx -> c
                .preparedQuery("""
                        INSERT INTO charge_point (id, auto_registered, ocpp_version)
                        SELECT id, true, 'ocpp1.6' FROM unnest($1::text[]) AS id""")
                .execute(Tuple.tuple().addArrayOfString(ids))
                .compose(x -> c.query("ANALYZE charge_point").execute())
                .compose(x -> c.query("PREPARE " + statement + "(text[], timestamptz[]) AS "
                        + ChargePointActivity.UPDATE_LAST_SEEN).execute())
                .compose(x -> c.query("SET LOCAL plan_cache_mode = force_generic_plan").execute())
                .compose(x -> c.query("EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE " + statement
                        + "('" + idArray + "', '" + seenArray + "')").execute())
                .compose(explained -> c.preparedQuery(
                                "SELECT count(*) FROM charge_point WHERE id = ANY ($1::text[]) AND last_seen_at = $2")
                        .execute(Tuple.of(ids, OffsetDateTime.parse(seen)))
                        .map(rows -> new Outcome(plan(explained.iterator().next().getValue(0).toString()),
                                rows.iterator().next().getLong(0))))
                .eventually(() -> tx.rollback().compose(x -> c.query("DEALLOCATE " + statement).execute())))));

        assertThat(outcome.updated()).isEqualTo(count);
        assertThat(outcome.plan().findValues("Rows Removed by Join Filter")).as(outcome.plan().toPrettyString())
                .allSatisfy(removed -> assertThat(removed.asLong()).isZero());
        assertThat(outcome.plan().findValues("Node Type")).as(outcome.plan().toPrettyString())
                .extracting(JsonNode::asText).doesNotContain("Materialize");
    }

    private static JsonNode plan(String explainJson) {
        try {
            return new ObjectMapper().readTree(explainJson);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
