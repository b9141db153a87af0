package com.wallbill.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.ocpp.rpc.Call;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.fake.FakeCentralSystem;
import com.wallbill.simulator.fake.FakeResponses;
import com.wallbill.simulator.transport.OcppJson;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationAgainstFakeServerTest {

    @Test
    void realisticFleetBootsChargesAndCompletesEverySessionAtHighSpeed() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .count(4).v201Ratio(0.5).speed(3600).duration(Duration.ofSeconds(4))
                    .meterInterval(Duration.ofMinutes(10)).seed(7).callTimeout(Duration.ofSeconds(5))
                    .progress(System.out).build());
            System.out.print(summary.toText());

            assertThat(summary.hasErrors()).as(summary.errorSamples().toString()).isFalse();
            assertThat(summary.connected()).isEqualTo(4);
            assertThat(summary.ready()).isEqualTo(4);
            assertThat(summary.sessionsStarted()).isEqualTo(4);
            assertThat(summary.sessionsCompleted()).isEqualTo(4);
            assertThat(summary.energyWh()).isPositive();
            List<String> actions = csms.receivedCalls().stream().map(Call::action).toList();
            assertThat(actions).contains("BootNotification", "StatusNotification", "Authorize", "StartTransaction",
                    "MeterValues", "StopTransaction", "TransactionEvent");
        }
    }

    @Test
    void pendingBootIsRetriedAfterTheIntervalUntilAccepted() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            FakeResponses normal = new FakeResponses();
            Map<String, AtomicInteger> boots = new ConcurrentHashMap<>();
            csms.answerWith((connection, call) -> {
                boolean boot = call.action().equals("BootNotification");
                if (boot && boots.computeIfAbsent(connection.chargePointId(), id -> new AtomicInteger()).incrementAndGet() < 3) {
                    ObjectNode pending = OcppJson.objectMapper().createObjectNode();
                    return pending.put("status", "Pending").put("currentTime", Instant.now().toString()).put("interval", 1);
                }
                return normal.apply(connection, call);
            });
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .count(2).sessionsPerCharger(0).duration(Duration.ofMillis(3500)).build());

            assertThat(summary.hasErrors()).isFalse();
            assertThat(summary.ready()).isEqualTo(2);
            assertThat(boots.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(3));
            // nothing but BootNotification while Pending; status follows acceptance
            csms.connections().forEach(connection -> assertThat(connection.received()).extracting(Call::action)
                    .startsWith("BootNotification", "BootNotification", "BootNotification", "StatusNotification"));
        }
    }

    @Test
    void refusedCardEndsThePlugInWithoutATransaction() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            FakeResponses normal = new FakeResponses();
            csms.answerWith((connection, call) -> {
                if (call.action().equals("Authorize")) {
                    ObjectNode refused = OcppJson.objectMapper().createObjectNode();
                    refused.putObject(connection.version() == OcppVersion.V16 ? "idTagInfo" : "idTokenInfo")
                            .put("status", "Invalid");
                    return refused;
                }
                return normal.apply(connection, call);
            });
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .count(2).speed(3600).duration(Duration.ofSeconds(2)).build());

            assertThat(summary.sessionsRejected()).isEqualTo(2);
            assertThat(summary.sessionsStarted()).isZero();
            assertThat(csms.receivedCalls()).extracting(Call::action)
                    .doesNotContain("StartTransaction", "TransactionEvent");
        }
    }
}
