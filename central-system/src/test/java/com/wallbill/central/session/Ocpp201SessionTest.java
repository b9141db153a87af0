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
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** OCPP 2.0.1 TransactionEvents become sessions, keyed by the charger's transactionId and seqNo. */
@QuarkusTest
class Ocpp201SessionTest {

    @TestHTTPResource("/ocpp")
    URI http;

    private final Instant t0 = Instant.parse("2026-11-21T07:00:00Z");

    @Test
    void startedUpdatedEndedBecomeOneCompletedSession() {
        String id = newId("cp201");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V201)) {
            event(cp, "Started", "tx-a", 0, t0, "Transaction.Begin", "200000", false);
            event(cp, "Updated", "tx-a", 1, t0.plusSeconds(1800), "Sample.Periodic", "203700", false);
            JsonNode ended = event(cp, "Ended", "tx-a", 2, t0.plusSeconds(3600), "Transaction.End", "207400", false);
            assertThat(ended.isObject()).isTrue();

            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(1);
            JsonNode s = session(sessions.get(0).path("id").asLong());
            assertThat(s.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(s.path("transactionId").asText()).isEqualTo("tx-a");
            assertThat(s.path("ocppVersion").asText()).isEqualTo("2.0.1");
            assertThat(s.path("evseId").asInt()).isEqualTo(1);
            assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("7400");
            assertThat(s.path("meterStartWh").decimalValue()).isEqualByComparingTo("200000");
            assertThat(s.path("stopReason").asText()).isEqualTo("EVDisconnected");
            assertThat(s.path("samples")).hasSize(3);
            assertThat(s.path("flags")).isEmpty();
        }
    }

    @Test
    void replayedSeqNoAndUpdatedAfterEndedChangeNothing() {
        String id = newId("cp201");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V201)) {
            event(cp, "Started", "tx-b", 0, t0, "Transaction.Begin", "1000", false);
            event(cp, "Updated", "tx-b", 1, t0.plusSeconds(600), "Sample.Periodic", "2000", false);
            event(cp, "Updated", "tx-b", 1, t0.plusSeconds(600), "Sample.Periodic", "2000", false);
            event(cp, "Ended", "tx-b", 3, t0.plusSeconds(1800), "Transaction.End", "4000", false);
            event(cp, "Ended", "tx-b", 3, t0.plusSeconds(1800), "Transaction.End", "4000", false);
            // seqNo 2 was queued by the charger and arrives last
            event(cp, "Updated", "tx-b", 2, t0.plusSeconds(1200), "Sample.Periodic", "3000", false);

            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(1);
            JsonNode s = session(sessions.get(0).path("id").asLong());
            assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("3000");
            assertThat(s.path("samples")).hasSize(3);
            assertThat(quarantineOf(id)).hasSize(1);
            assertThat(quarantineOf(id).get(0).path("reason").asText()).contains("after the transaction ended");
        }
    }

    @Test
    void endedWithoutStartedCreatesOneFlaggedSession() {
        String id = newId("cp201");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V201)) {
            event(cp, "Ended", "tx-c", 5, t0.plusSeconds(3600), "Transaction.End", "9000", true);
            event(cp, "Ended", "tx-c", 5, t0.plusSeconds(3600), "Transaction.End", "9000", true);
            JsonNode sessions = sessionsOf(id);
            assertThat(sessions).hasSize(1);
            JsonNode s = sessions.get(0);
            assertThat(s.path("status").asText()).isEqualTo("COMPLETED");
            assertThat(s.path("offline").asBoolean()).isTrue();
            assertThat(s.path("flags").toString()).contains("START_MISSING").contains("OFFLINE");
        }
    }

    @Test
    void offlineStartWithZeroBaselineDoesNotBillTheLifetimeRegister() {
        String id = newId("cp201");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V201)) {
            event(cp, "Started", "tx-d", 0, t0, "Transaction.Begin", "0", true);
            event(cp, "Updated", "tx-d", 1, t0.plusSeconds(300), "Sample.Periodic", "910000", true);
            event(cp, "Ended", "tx-d", 2, t0.plusSeconds(600), "Transaction.End", "910083", false);
            JsonNode s = sessionsOf(id).get(0);
            assertThat(s.path("energyWh").decimalValue()).isEqualByComparingTo("83");
            assertThat(s.path("flags").toString()).contains("ZERO_BASELINE");
        }
    }

    static JsonNode event(ScriptedChargePoint cp, String type, String tx, int seqNo, Instant at, String context,
            String registerWh, boolean offline) {
        String stopped = type.equals("Ended") ? ",\"stoppedReason\":\"EVDisconnected\"" : "";
        String trigger = switch (type) {
            case "Started" -> "CablePluggedIn";
            case "Ended" -> "EVCommunicationLost";
            default -> "MeterValuePeriodic";
        };
        return cp.call("TransactionEvent", json("""
                {"eventType":"%s","timestamp":"%s","triggerReason":"%s","seqNo":%d,"offline":%s,
                 "transactionInfo":{"transactionId":"%s","chargingState":"Charging"%s},
                 "idToken":{"idToken":"EMP-42","type":"ISO14443"},
                 "evse":{"id":1,"connectorId":1},
                 "meterValue":[{"timestamp":"%s","sampledValue":[
                   {"value":%s,"context":"%s","measurand":"Energy.Active.Import.Register",
                    "unitOfMeasure":{"unit":"Wh"}}]}]}"""
                .formatted(type, at(at), trigger, seqNo, offline, tx, stopped, at(at), registerWh, context)));
    }
}
