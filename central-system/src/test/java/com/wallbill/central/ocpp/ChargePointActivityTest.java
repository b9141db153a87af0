package com.wallbill.central.ocpp;

import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static org.assertj.core.api.Assertions.assertThat;

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
}
