package com.wallbill.central.session;

import static com.wallbill.central.TestSupport.at;
import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.quarantineOf;
import static com.wallbill.central.TestSupport.session;
import static com.wallbill.central.TestSupport.sessionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sessions that end badly: a second, different stop, and a stop that never comes. */
@QuarkusTest
class SessionEndingTest {

    @TestHTTPResource("/ocpp")
    URI http;

    @Inject
    StaleSessions staleSessions;

    @Inject
    Pool pool;

    private final Instant t0 = Instant.parse("2026-11-20T18:00:00Z");

    @Test
    void secondDifferentStopIsQuarantinedAndFlagsTheSessionWithoutChangingIt() {
        String id = newId("cp-dup");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = Ocpp16SessionTest.start(cp, 1, 10_000, t0);
            Ocpp16SessionTest.stop(cp, tx, 17_400, t0.plusSeconds(3600), "EVDisconnected");
            JsonNode answer = Ocpp16SessionTest.stop(cp, tx, 99_000, t0.plusSeconds(7200), "Local");
            assertThat(answer.isObject()).as("the charger gets its answer").isTrue();

            JsonNode s = session(sessionsOf(id).get(0).path("id").asLong());
            assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("7400");
            assertThat(s.path("stoppedAt").asText()).startsWith("2026-11-20T19:00");
            assertThat(s.path("flags").toString()).contains("DUPLICATE_STOP");
            assertThat(quarantineOf(id)).anySatisfy(q -> assertThat(q.path("reason").asText()).isEqualTo("Duplicate stop"));
        }
    }

    @Test
    void sessionNeverStoppedIsClosedAtItsLastReadingAfterTheTimeoutAndFlagged() throws Exception {
        String id = newId("cp-stale");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = Ocpp16SessionTest.start(cp, 1, 50_000, t0);
            cp.call("MeterValues", json("""
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                      {"value":"57400","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}"""
                    .formatted(tx, at(t0.plusSeconds(3600)))));
        }
        long sessionId = sessionsOf(id).get(0).path("id").asLong();
        // Nothing heard for longer than the timeout (168 h by default).
        Tuple args = Tuple.of(sessionId);
        pool.preparedQuery("UPDATE charging_session SET updated_at = now() - interval '200 hours' WHERE id = $1")
                .execute(args).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        pool.preparedQuery("UPDATE meter_value SET received_at = now() - interval '200 hours' WHERE session_id = $1")
                .execute(args).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        int closed = staleSessions.closeStale().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(closed).isGreaterThanOrEqualTo(1);
        JsonNode s = session(sessionId);
        assertThat(s.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(s.path("stoppedAt").asText()).startsWith("2026-11-20T19:00");
        assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("7400");
        assertThat(s.path("stopReason").asText()).isEqualTo("Timeout");
        assertThat(s.path("flags").toString()).contains("STOP_TIMEOUT");
        assertThat(staleSessions.closeStale().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .as("a closed session is not closed again").isZero();
    }
}
