package com.wallbill.simulator.charger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.simulator.fake.FakeCentralSystem;
import com.wallbill.simulator.fake.FakeConnection;
import com.wallbill.simulator.run.Simulation;
import com.wallbill.simulator.run.SimulationOptions;
import com.wallbill.simulator.run.SimulationRun;
import com.wallbill.simulator.run.Summary;
import com.wallbill.simulator.stats.ErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A field tester pokes simulated chargers (no planned sessions) with commands during a run. */
class ServerCommandsAgainstFakeServerTest {

    private FakeCentralSystem csms;
    private SimulationRun run;

    @BeforeEach
    void startFleet() throws Exception {
        csms = FakeCentralSystem.start();
        run = Simulation.start(SimulationOptions.builder(csms.endpoint())
                .count(2).v201Ratio(0.5).sessionsPerCharger(0).speed(60).duration(Duration.ofSeconds(30))
                .meterInterval(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(3)).build());
        awaitCall("SIM-1", call -> call.action().equals("StatusNotification"));
        awaitCall("SIM-2", call -> call.action().equals("StatusNotification"));
    }

    @AfterEach
    void stop() throws Exception {
        run.stop();
        Summary summary = run.await(Duration.ofSeconds(10));
        csms.close();
        assertThat(summary).isNotNull();
        assertThat(summary.errors().get(ErrorKind.CALL_ERROR)).isZero();
    }

    @Test
    void v16RemoteStartAndStopRunATransactionWithoutAuthorize() throws Exception {
        FakeConnection cp = csms.connection("SIM-1").orElseThrow();
        assertThat(answer(cp, "RemoteStartTransaction", Map.of("connectorId", 1, "idTag", "APP-USER"))
                .path("status").asText()).isEqualTo("Accepted");
        Call start = awaitCall("SIM-1", call -> call.action().equals("StartTransaction"));
        assertThat(start.payload().path("idTag").asText()).isEqualTo("APP-USER");
        awaitCall("SIM-1", call -> call.action().equals("StatusNotification")
                && call.payload().path("status").asText().equals("Charging"));
        assertThat(answer(cp, "RemoteStartTransaction", Map.of("idTag", "SECOND")).path("status").asText())
                .isEqualTo("Rejected");

        int transactionId = 1001;
        assertThat(answer(cp, "RemoteStopTransaction", Map.of("transactionId", 999)).path("status").asText())
                .isEqualTo("Rejected");
        assertThat(answer(cp, "RemoteStopTransaction", Map.of("transactionId", transactionId)).path("status")
                .asText()).isEqualTo("Accepted");
        Call stop = awaitCall("SIM-1", call -> call.action().equals("StopTransaction"));
        assertThat(stop.payload().path("reason").asText()).isEqualTo("Remote");
        assertThat(stop.payload().path("meterStop").asLong())
                .isGreaterThanOrEqualTo(start.payload().path("meterStart").asLong());
        assertThat(csms.connection("SIM-1").orElseThrow().received()).extracting(Call::action)
                .doesNotContain("Authorize");
    }

    @Test
    void v16ConfigurationCanBeReadAndChanged() throws Exception {
        FakeConnection cp = csms.connection("SIM-1").orElseThrow();
        JsonNode all = answer(cp, "GetConfiguration", Map.of());
        assertThat(all.path("configurationKey").findValuesAsText("key")).contains("HeartbeatInterval",
                "MeterValueSampleInterval", "NumberOfConnectors");
        assertThat(answer(cp, "ChangeConfiguration", Map.of("key", "MeterValueSampleInterval", "value", "120"))
                .path("status").asText()).isEqualTo("Accepted");
        assertThat(answer(cp, "ChangeConfiguration", Map.of("key", "NumberOfConnectors", "value", "2"))
                .path("status").asText()).isEqualTo("Rejected");
        assertThat(answer(cp, "ChangeConfiguration", Map.of("key", "NoSuchKey", "value", "2"))
                .path("status").asText()).isEqualTo("NotSupported");
        JsonNode one = answer(cp, "GetConfiguration", Map.of("key", List.of("MeterValueSampleInterval", "Nope")));
        assertThat(one.at("/configurationKey/0/value").asText()).isEqualTo("120");
        assertThat(one.at("/unknownKey/0").asText()).isEqualTo("Nope");
    }

    @Test
    void v16TriggerMessageSendsTheRequestedMessage() throws Exception {
        FakeConnection cp = csms.connection("SIM-1").orElseThrow();
        int before = cp.received().size();
        assertThat(answer(cp, "TriggerMessage", Map.of("requestedMessage", "Heartbeat")).path("status").asText())
                .isEqualTo("Accepted");
        awaitCall("SIM-1", call -> call.action().equals("Heartbeat"));
        assertThat(answer(cp, "TriggerMessage", Map.of("requestedMessage", "MeterValues")).path("status").asText())
                .isEqualTo("Accepted");
        awaitCall("SIM-1", call -> call.action().equals("MeterValues"));
        assertThat(cp.received().size()).isGreaterThan(before);
    }

    @Test
    void v201RequestStartStopUsesTheRemoteStartIdAndAnUuidTransaction() throws Exception {
        FakeConnection cp = csms.connection("SIM-2").orElseThrow();
        JsonNode accepted = answer(cp, "RequestStartTransaction",
                Map.of("remoteStartId", 42, "idToken", Map.of("idToken", "APP-USER", "type", "Central")));
        assertThat(accepted.path("status").asText()).isEqualTo("Accepted");
        Call started = awaitCall("SIM-2", call -> call.action().equals("TransactionEvent"));
        assertThat(started.payload().path("eventType").asText()).isEqualTo("Started");
        assertThat(started.payload().path("triggerReason").asText()).isEqualTo("RemoteStart");
        assertThat(started.payload().at("/transactionInfo/remoteStartId").asInt()).isEqualTo(42);
        assertThat(started.payload().path("seqNo").asInt()).isZero();
        String transactionId = started.payload().at("/transactionInfo/transactionId").asText();
        assertThat(java.util.UUID.fromString(transactionId).toString()).isEqualTo(transactionId);

        assertThat(answer(cp, "RequestStopTransaction", Map.of("transactionId", transactionId)).path("status")
                .asText()).isEqualTo("Accepted");
        Call ended = awaitCall("SIM-2", call -> call.action().equals("TransactionEvent")
                && call.payload().path("eventType").asText().equals("Ended"));
        assertThat(ended.payload().at("/transactionInfo/stoppedReason").asText()).isEqualTo("Remote");
        assertThat(ended.payload().path("seqNo").asInt()).isPositive();
    }

    @Test
    void v201VariablesAreReadAndSetPerComponent() throws Exception {
        FakeConnection cp = csms.connection("SIM-2").orElseThrow();
        JsonNode got = answer(cp, "GetVariables", Map.of("getVariableData", List.of(
                Map.of("component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "HeartbeatInterval")),
                Map.of("component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "Nope")),
                Map.of("component", Map.of("name", "NoController"), "variable", Map.of("name", "X")))));
        assertThat(got.path("getVariableResult").findValuesAsText("attributeStatus"))
                .containsExactly("Accepted", "UnknownVariable", "UnknownComponent");
        assertThat(got.at("/getVariableResult/0/attributeValue").asText()).isEqualTo("300");

        JsonNode set = answer(cp, "SetVariables", Map.of("setVariableData", List.of(Map.of("attributeValue", "60",
                "component", Map.of("name", "OCPPCommCtrlr"), "variable", Map.of("name", "HeartbeatInterval")))));
        assertThat(set.at("/setVariableResult/0/attributeStatus").asText()).isEqualTo("Accepted");
    }

    @Test
    void resetMakesTheChargerReconnectAndBootAgain() throws Exception {
        FakeConnection cp = csms.connection("SIM-2").orElseThrow();
        assertThat(answer(cp, "Reset", Map.of("type", "Immediate")).path("status").asText()).isEqualTo("Accepted");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (csms.connection("SIM-2").orElseThrow() == cp && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Call boot = awaitCall("SIM-2", call -> call.action().equals("BootNotification"));
        assertThat(boot.payload().path("reason").asText()).isEqualTo("RemoteReset");
    }

    @Test
    void unknownAndMalformedCommandsGetCallErrors() {
        FakeConnection cp = csms.connection("SIM-1").orElseThrow();
        assertThat(cp.call("Frobnicate", Map.of())).failsWithin(Duration.ofSeconds(3))
                .withThrowableThat().withMessageContaining("NotImplemented");
        assertThat(cp.call("Reset", Map.of("type", "Sideways"))).failsWithin(Duration.ofSeconds(3))
                .withThrowableThat().withMessageContaining("PropertyConstraintViolation");
    }

    private static JsonNode answer(FakeConnection connection, String action, Object payload) throws Exception {
        return connection.call(action, payload).get(3, TimeUnit.SECONDS);
    }

    private Call awaitCall(String chargerId, Predicate<Call> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            var found = csms.connection(chargerId).stream().flatMap(c -> c.received().stream()).filter(wanted)
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no matching CALL from " + chargerId + " within 5 s");
    }
}
