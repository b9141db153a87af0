package com.wallbill.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.simulator.fake.FakeCentralSystem;
import com.wallbill.simulator.fake.FakeResponses;
import com.wallbill.simulator.stats.ErrorKind;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenchmarkModesTest {

    @Test
    void loadModeRunsTheTimetableAndReportsEverySecond() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .mode(SimulationOptions.Mode.LOAD).count(20).v201Ratio(0.5)
                    .heartbeatInterval(Duration.ofMillis(1000)).meterInterval(Duration.ofMillis(250))
                    .statusInterval(Duration.ofMillis(2000)).duration(Duration.ofSeconds(3))
                    .callTimeout(Duration.ofSeconds(5)).progress(System.out).build());
            System.out.print(summary.toText());
            System.out.println(summary.toJsonLine());

            assertThat(summary.hasErrors()).as(summary.errorSamples().toString()).isFalse();
            assertThat(summary.ready()).isEqualTo(20);
            assertThat(summary.perSecond()).hasSize(3);
            // 20 chargers x (4 meter + 1 heartbeat + 0.5 status) per second = 110/s planned
            assertThat(summary.achievedPerSecond()).isBetween(80.0, 140.0);
            assertThat(summary.latency().count()).isPositive();
            Map<String, Long> actions = csms.receivedCalls().stream()
                    .collect(Collectors.groupingBy(Call::action, Collectors.counting()));
            assertThat(actions).containsKeys("Heartbeat", "MeterValues", "TransactionEvent", "StatusNotification",
                    "StartTransaction", "StopTransaction");
        }
    }

    @Test
    void loadModeAnnouncesTheEndOfTheMeasuredPhaseBeforeItStopsAnyTransaction() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            List<Long> stopsSeenAtAnnouncement = new CopyOnWriteArrayList<>();
            PrintStream progress = new PrintStream(OutputStream.nullOutputStream()) {
                @Override
                public void println(String line) {
                    if (line.startsWith("measured:")) {
                        stopsSeenAtAnnouncement.add(csms.receivedCalls().stream()
                                .filter(call -> call.action().equals("StopTransaction")).count());
                    }
                }
            };
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .mode(SimulationOptions.Mode.LOAD).count(4).v201Ratio(0)
                    .meterInterval(Duration.ofMillis(200)).heartbeatInterval(Duration.ofSeconds(1))
                    .duration(Duration.ofSeconds(1)).callTimeout(Duration.ofSeconds(5)).progress(progress).build());

            assertThat(summary.hasErrors()).isFalse();
            // benchmarks stop counting server CPU at this line: the chargers' wind-down must come after it
            assertThat(stopsSeenAtAnnouncement).containsExactly(0L);
            assertThat(csms.receivedCalls()).filteredOn(call -> call.action().equals("StopTransaction")).hasSize(4);
        }
    }

    @Test
    void latencyCountsFromTheScheduledSendTimeSoABackedUpServerShowsItsBacklog() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            FakeResponses normal = new FakeResponses();
            csms.answerWith((connection, call) -> {
                sleep(100); // serves one call at a time: 10 answers/s at most
                return normal.apply(connection, call);
            });
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .mode(SimulationOptions.Mode.LOAD).count(1)
                    .meterInterval(Duration.ofMillis(50)).heartbeatInterval(Duration.ofSeconds(60))
                    .statusInterval(Duration.ofSeconds(60)).duration(Duration.ofSeconds(2))
                    .callTimeout(Duration.ofSeconds(10)).build());

            // 20 messages/s offered, 10/s served: the queue grows for 2 s, so the last messages wait ~2 s.
            // Measured from the actual send, every latency would be ~100 ms.
            assertThat(summary.hasErrors()).isFalse();
            assertThat(summary.latency().p50()).isGreaterThan(500_000);
            assertThat(summary.latency().max()).isGreaterThan(1_500_000);
            assertThat(summary.achievedPerSecond()).isLessThan(15);
        }
    }

    @Test
    void callsTheServerNeverAnswersTimeOutAndCountAsErrors() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            csms.answerWith((connection, call) -> null);
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .mode(SimulationOptions.Mode.STORM).count(3).duration(Duration.ofSeconds(2))
                    .callTimeout(Duration.ofMillis(500)).build());

            assertThat(summary.ready()).isZero();
            // each charger's BootNotification times out once; the retry comes only after the run
            assertThat(summary.errors()).containsEntry(ErrorKind.TIMEOUT, 3L);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void stormModeTimesUntilEveryChargerReportedItsStatus() throws Exception {
        try (FakeCentralSystem csms = FakeCentralSystem.start()) {
            Summary summary = Simulation.run(SimulationOptions.builder(csms.endpoint())
                    .mode(SimulationOptions.Mode.STORM).count(50).maxPendingHandshakes(10)
                    .duration(Duration.ofSeconds(20)).build());
            System.out.print(summary.toText());

            assertThat(summary.hasErrors()).isFalse();
            assertThat(summary.ready()).isEqualTo(50);
            assertThat(summary.stormMillis()).isBetween(0L, 20_000L);
            Map<String, Long> actions = csms.receivedCalls().stream()
                    .collect(Collectors.groupingBy(Call::action, Collectors.counting()));
            assertThat(actions).containsEntry("BootNotification", 50L).containsEntry("StatusNotification", 50L);
        }
    }
}
