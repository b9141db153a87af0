package com.wallbill.central.session;

import static com.wallbill.central.TestSupport.at;
import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.quarantineOf;
import static com.wallbill.central.TestSupport.session;
import static com.wallbill.central.TestSupport.sessionsOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** OCPP 1.6 transactions become sessions: durable, idempotent under replays, never negative. */
@QuarkusTest
class Ocpp16SessionTest {

    @TestHTTPResource("/ocpp")
    URI http;

    private final Instant t0 = Instant.parse("2026-11-20T18:00:00Z");

    @Test
    void transactionWithMeterValuesBecomesACompletedSession() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 1_000_000, t0);
            cp.call("MeterValues", json("""
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                      {"value":"1003700","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh"},
                      {"value":"7400","measurand":"Power.Active.Import","unit":"W"}]}]}"""
                    .formatted(tx, at(t0.plusSeconds(1800)))));
            cp.call("MeterValues", json("""
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                      {"value":"1007.4","measurand":"Energy.Active.Import.Register","unit":"kWh"}]}]}"""
                    .formatted(tx, at(t0.plusSeconds(3600)))));
            JsonNode stopAnswer = stop(cp, tx, 1_011_100, t0.plusSeconds(5400), "EVDisconnected");
            assertThat(stopAnswer.isObject()).isTrue();

            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(1);
            JsonNode s = session(sessions.get(0).path("id").asLong());
            assertThat(s.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(s.path("transactionId").asText()).isEqualTo(Integer.toString(tx));
            assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("11100");
            assertThat(s.path("meterStartWh").decimalValue()).isEqualByComparingTo("1000000");
            assertThat(s.path("meterStopWh").decimalValue()).isEqualByComparingTo("1011100");
            assertThat(s.path("startedAt").asText()).startsWith("2026-11-20T18:00");
            assertThat(s.path("stoppedAt").asText()).startsWith("2026-11-20T19:30");
            assertThat(s.path("stopReason").asText()).isEqualTo("EVDisconnected");
            assertThat(s.path("idTag").asText()).isEqualTo("TAG-1");
            // begin, two periodic meter values (the first with power beside the register), end
            JsonNode samples = s.path("samples");
            assertThat(samples).hasSize(4);
            assertThat(samples.get(0).path("sampledValues").isArray()).isTrue();
            assertThat(samples.get(0).path("sampledValues").get(0).path("measurand").asText())
                    .isEqualTo("Energy.Active.Import.Register");
            assertThat(samples.get(1).path("registerWh").decimalValue()).isEqualByComparingTo("1003700");
            assertThat(samples.get(1).path("sampledValues")).hasSize(2);
            assertThat(samples.get(1).path("sampledValues").get(1).path("measurand").asText())
                    .isEqualTo("Power.Active.Import");
            assertThat(samples.get(2).path("registerWh").decimalValue()).isEqualByComparingTo("1007400");
            assertThat(samples.get(2).path("sampledValues").get(0).path("value").asText()).isEqualTo("1007.4");
            assertThat(s.path("flags")).isEmpty();
        }
    }

    @Test
    void resentStartTransactionGetsTheSameTransactionIdAndNoSecondSession() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int first = start(cp, 1, 500, t0);
            int again = start(cp, 1, 500, t0);
            assertThat(again).isEqualTo(first);
            assertThat(sessionsOf(id)).hasSize(1);
        }
    }

    @Test
    void replayedStopTransactionIsAnsweredWithoutCountingEnergyTwice() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 2_000, t0);
            stop(cp, tx, 9_000, t0.plusSeconds(3600), "Local");
            stop(cp, tx, 9_000, t0.plusSeconds(3600), "Local");
            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(1);
            assertThat(sessions.get(0).path("energyWh").decimalValue()).isEqualByComparingTo("7000");
            assertThat(quarantineOf(id)).isEmpty();
        }
    }

    @Test
    void stopForAnUnknownTransactionIsAcceptedAndQuarantined() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            stop(cp, 987_654, 9_000, t0, "Local");
            stop(cp, -1, 9_000, t0, "PowerLoss");
            assertThat(sessionsOf(id)).isEmpty();
            assertThat(quarantineOf(id)).hasSize(2);
            assertThat(quarantineOf(id).get(0).path("reason").asText()).contains("Unknown transaction");
            // the charger's payload as JSON, not a string holding it
            assertThat(quarantineOf(id)).extracting(q -> q.path("payload").path("transactionId").asInt())
                    .containsExactlyInAnyOrder(987_654, -1);
        }
    }

    @Test
    void aNulCharacterInAReadingOrAQuarantinedPayloadIsStoredNotRefused() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 1_000, t0);
            // PostgreSQL's jsonb cannot hold U+0000; the charger's JSON escape of it must not make the message fail
            JsonNode answer = cp.call("MeterValues", json("""
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                      {"value":"2000","measurand":"Energy.Active.Import.Register","unit":"Wh"},
                      {"value":"7400","measurand":"Power.Active.Import","unit":"W","location":"Outlet","format":"Raw",
                       "phase":"L1"}, {"value":"ab\\u0000cd","measurand":"SoC","format":"SignedData"}]}]}"""
                    .formatted(tx, at(t0.plusSeconds(60)))));
            assertThat(answer.isObject()).isTrue();
            JsonNode samples = session(sessionsOf(id).get(0).path("id").asLong()).path("samples");
            assertThat(samples.get(1).path("sampledValues").get(2).path("value").asText()).isEqualTo("ab\\u0000cd");

            JsonNode stopAnswer = cp.call("StopTransaction", json("""
                    {"transactionId":424242,"idTag":"T\\u0000G","meterStop":5,"timestamp":"%s"}"""
                    .formatted(at(t0.plusSeconds(120)))));
            assertThat(stopAnswer.isObject()).isTrue();
            assertThat(quarantineOf(id).get(0).path("payload").path("idTag").asText()).isEqualTo("T\\u0000G");
        }
    }

    @Test
    void meterValuesForAnotherChargersTransactionAreNeverAttachedToIt() {
        String owner = newId("cp16");
        String intruder = newId("cp16");
        try (ScriptedChargePoint a = bootedChargePoint(ocppEndpoint(http), owner, OcppVersion.V16);
                ScriptedChargePoint b = bootedChargePoint(ocppEndpoint(http), intruder, OcppVersion.V16)) {
            int tx = start(a, 1, 100, t0);
            stop(b, tx, 99_999_999, t0.plusSeconds(60), "Local");
            assertThat(sessionsOf(owner).get(0).path("status").asText()).isEqualTo("ACTIVE");
            assertThat(quarantineOf(intruder)).hasSize(1);
        }
    }

    @Test
    void registerThatGoesDownNeverGivesNegativeEnergyAndFlagsTheSession() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 50_000, t0);
            registerReading(cp, tx, 52_000, t0.plusSeconds(1200));
            // the register dropped (reboot, meter swap or rollover): what came after the drop has no known
            // baseline, so only the rise before it counts and the session goes to review
            JsonNode s = stopAndGet(cp, id, tx, 1_500, t0.plusSeconds(3600));
            assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("2000");
            assertThat(s.path("flags").toString()).contains("REGISTER_DECREASED");
        }
    }

    @Test
    void stopBeforeStartIsQuarantinedAndLeavesTheSessionOpen() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 100, t0);
            stop(cp, tx, 200, t0.minusSeconds(3600), "Local");
            JsonNode s = sessionsOf(id).get(0);
            assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(s.path("flags").toString()).contains("STOP_QUARANTINED");
            assertThat(quarantineOf(id).get(0).path("reason").asText()).isEqualTo("Stop before start");
        }
    }

    @Test
    void newStartOnABusyConnectorFlagsTheUnstoppedSession() {
        String id = newId("cp16");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            start(cp, 1, 100, t0);
            start(cp, 1, 900, t0.plusSeconds(7200));
            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(2);
            assertThat(sessions.get(1).path("flags").toString()).contains("STOP_MISSING");
            assertThat(sessions.get(0).path("flags")).isEmpty();
        }
    }

    @Test
    void publishedSessionEventsAreCountedInMetricsByType() {
        String id = newId("cp16");
        double started = eventsCounted("SessionStarted");
        double updated = eventsCounted("SessionUpdated");
        double completed = eventsCounted("SessionCompleted");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            int tx = start(cp, 1, 1_000, t0);
            registerReading(cp, tx, 1_500, t0.plusSeconds(600));
            stop(cp, tx, 2_000, t0.plusSeconds(1200), "Local");
        }
        // each is counted when published, before the charger gets its answer
        assertThat(eventsCounted("SessionStarted")).isEqualTo(started + 1);
        assertThat(eventsCounted("SessionUpdated")).isEqualTo(updated + 1);
        assertThat(eventsCounted("SessionCompleted")).isEqualTo(completed + 1);
    }

    private static double eventsCounted(String type) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^wallbill_session_events_total\\{type=\"" + type + "\"} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private JsonNode stopAndGet(ScriptedChargePoint cp, String id, int tx, long meterStop, Instant at) {
        stop(cp, tx, meterStop, at, "Reboot");
        return session(sessionsOf(id).get(0).path("id").asLong());
    }

    static int start(ScriptedChargePoint cp, int connector, long meterStart, Instant at) {
        JsonNode answer = cp.call("StartTransaction", json("""
                {"connectorId":%d,"idTag":"TAG-1","meterStart":%d,"timestamp":"%s"}"""
                .formatted(connector, meterStart, at(at))));
        assertThat(answer.path("idTagInfo").path("status").asText()).isEqualTo("Accepted");
        return answer.path("transactionId").asInt();
    }

    /** A MeterValues with one bare sampled value: the 1.6 default measurand, the energy register, in Wh. */
    static void registerReading(ScriptedChargePoint cp, int tx, long wh, Instant at) {
        cp.call("MeterValues", json("""
                {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                  {"value":"%d"}]}]}""".formatted(tx, at(at), wh)));
    }

    static JsonNode stop(ScriptedChargePoint cp, int tx, long meterStop, Instant at, String reason) {
        return cp.call("StopTransaction", json("""
                {"transactionId":%d,"idTag":"TAG-1","meterStop":%d,"timestamp":"%s","reason":"%s"}"""
                .formatted(tx, meterStop, at(at), reason)));
    }
}
