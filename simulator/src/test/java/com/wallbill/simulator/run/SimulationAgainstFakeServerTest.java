package com.wallbill.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.simulator.fake.FakeCentralSystem;
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
}
