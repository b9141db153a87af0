package com.wallbill.central.simulator;

import static com.wallbill.central.TestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.TestSupport;
import com.wallbill.simulator.model.ChargerProfile;
import com.wallbill.simulator.model.Fleet;
import com.wallbill.simulator.run.Simulation;
import com.wallbill.simulator.run.SimulationOptions;
import com.wallbill.simulator.run.Summary;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged app (the fast-jar, launched as an operator would) driven by the bundled simulator: a mixed fleet
 * of password-protected 1.6 and 2.0.1 chargers runs accelerated home-charging sessions, and every session and
 * every Wh the simulator delivered is in the database.
 */
@QuarkusIntegrationTest
class SimulatorEndToEndIT {

    private static final int CHARGERS = 12;
    private static final String PASSWORD = "e2e-charger-password-01";

    @Test
    void simulatedFleetChargesAndEverySessionAndWattHourIsRecorded() {
        String prefix = TestSupport.newId("E2E") + "-";
        for (ChargerProfile charger : Fleet.generate(CHARGERS, 0.5, prefix, 7)) {
            operator().body(Map.of("password", PASSWORD)).put("/api/operator/charge-points/{id}", charger.id())
                    .then().statusCode(200);
        }
        SimulationOptions options = SimulationOptions.builder(URI.create("ws://localhost:" + RestAssured.port + "/ocpp"))
                .mode(SimulationOptions.Mode.REALISTIC).count(CHARGERS).v201Ratio(0.5).idPrefix(prefix).seed(7)
                .password(PASSWORD).sessionsPerCharger(2).speed(3600).meterInterval(Duration.ofMinutes(5))
                .duration(Duration.ofSeconds(30)).build();

        Summary summary = Simulation.run(options);

        assertThat(summary.hasErrors()).as(summary.toText()).isFalse();
        assertThat(summary.connected()).isEqualTo(CHARGERS);
        assertThat(summary.sessionsCompleted()).isEqualTo(2L * CHARGERS);

        long sessions = 0;
        BigDecimal energy = BigDecimal.ZERO;
        for (ChargerProfile charger : Fleet.generate(CHARGERS, 0.5, prefix, 7)) {
            JsonNode items = TestSupport.parse(operator().queryParam("chargePointId", charger.id())
                    .get("/api/operator/sessions").then().statusCode(200).extract().asString()).path("items");
            for (JsonNode session : items) {
                assertThat(session.path("status").asText()).isEqualTo("COMPLETED");
                sessions++;
                energy = energy.add(session.path("energyWh").decimalValue());
            }
        }
        assertThat(sessions).isEqualTo(2L * CHARGERS);
        assertThat(energy).isEqualByComparingTo(BigDecimal.valueOf(summary.energyWh()));
    }
}
