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
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.wallbill.billing.costing.CostedSession;
import com.wallbill.billing.costing.SessionCoster;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import com.wallbill.billing.session.SessionEnergy;
import com.wallbill.billing.app.RateDefinitions;
import org.junit.jupiter.api.Test;

/**
 * The packaged app (the fast-jar, launched as an operator would) driven by the bundled simulator: a mixed fleet
 * of password-protected 1.6 and 2.0.1 chargers runs accelerated home-charging sessions, and every session and
 * every Wh the simulator delivered is in the database; sessions of linked chargers are costed into their
 * company's statement to the cent.
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

    @Test
    void simulatedSessionsOfLinkedChargersAppearCostedInTheirCompanysStatement() throws Exception {
        String prefix = TestSupport.newId("BILL") + "-";
        long companyId;
        String code;
        JsonNode company = TestSupport.parse(operator().body(COMPANY).post("/api/operator/companies").then()
                .statusCode(200).extract().asString());
        companyId = company.path("id").asLong();
        code = company.path("code").asText();
        long employee = TestSupport.parse(operator().body(Map.of("name", "Elena Ruiz", "iban",
                "ES91 2100 0418 4502 0005 1332")).post("/api/operator/employees").then().statusCode(200).extract()
                .asString()).path("id").asLong();
        List<ChargerProfile> fleet = Fleet.generate(4, 0.5, prefix, 11);
        for (ChargerProfile charger : fleet) {
            operator().body(Map.of("password", PASSWORD)).put("/api/operator/charge-points/{id}", charger.id())
                    .then().statusCode(200);
            operator().body(Map.of("companyCode", code.toLowerCase(), "employeeId", employee, "chargePointId",
                    charger.id())).post("/api/operator/links").then().statusCode(200);
        }
        SimulationOptions options = SimulationOptions.builder(URI.create("ws://localhost:" + RestAssured.port + "/ocpp"))
                .mode(SimulationOptions.Mode.REALISTIC).count(fleet.size()).v201Ratio(0.5).idPrefix(prefix).seed(11)
                .password(PASSWORD).sessionsPerCharger(2).speed(3600).meterInterval(Duration.ofMinutes(15))
                .duration(Duration.ofSeconds(30)).build();

        Summary summary = Simulation.run(options);
        assertThat(summary.hasErrors()).as(summary.toText()).isFalse();

        // Cost every recorded session independently from its stored readings, grouped by the month it ended in.
        Tariff tariff = RateDefinitions.parse(TestSupport.JSON.readTree(COMPANY).path("rate"));
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        Map<YearMonth, BigDecimal> expectedRefund = new TreeMap<>();
        Map<YearMonth, BigDecimal> expectedCost = new TreeMap<>();
        int sessions = 0;
        for (ChargerProfile charger : fleet) {
            for (JsonNode listed : TestSupport.parse(operator().queryParam("chargePointId", charger.id())
                    .get("/api/operator/sessions").then().statusCode(200).extract().asString()).path("items")) {
                JsonNode session = TestSupport.session(listed.path("id").asLong());
                List<RegisterReading> readings = new ArrayList<>();
                for (JsonNode sample : session.path("samples")) {
                    if (sample.hasNonNull("registerWh")) {
                        readings.add(new RegisterReading(Instant.parse(sample.path("sampledAt").asText()),
                                sample.path("registerWh").decimalValue()));
                    }
                }
                Instant started = Instant.parse(session.path("startedAt").asText());
                Instant stopped = Instant.parse(session.path("stoppedAt").asText());
                CostedSession costed = SessionCoster.cost(tariff, madrid,
                        SessionEnergy.compute(readings, started, stopped), new BigDecimal("75"));
                YearMonth month = YearMonth.from(stopped.atZone(madrid));
                expectedRefund.merge(month, costed.refund().amount(), BigDecimal::add);
                expectedCost.merge(month, costed.cost().amount(), BigDecimal::add);
                sessions++;
            }
        }
        assertThat(sessions).isEqualTo(2 * fleet.size());
        assertThat(expectedCost.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isPositive();

        for (YearMonth month : expectedRefund.keySet()) {
            JsonNode statement = eventually(() -> {
                JsonNode s = TestSupport.parse(operator().get("/api/operator/companies/{c}/statements/{m}", companyId,
                        month.toString()).then().extract().asString());
                long counted = 0;
                for (JsonNode line : s.path("lines")) {
                    counted += line.path("sessions").asLong();
                }
                return counted == expectedSessions(expectedRefund, month, fleet, madrid) ? s : null;
            });
            assertThat(statement.path("status").asText()).isEqualTo("IN_PROGRESS");
            assertThat(statement.path("refund").decimalValue()).isEqualByComparingTo(expectedRefund.get(month));
            assertThat(statement.path("cost").decimalValue()).isEqualByComparingTo(expectedCost.get(month));
        }
        operator().post("/api/operator/billing/run").then().statusCode(200);
    }

    private static long expectedSessions(Map<YearMonth, BigDecimal> months, YearMonth month, List<ChargerProfile> fleet,
            ZoneId zone) {
        long count = 0;
        for (ChargerProfile charger : fleet) {
            for (JsonNode listed : TestSupport.parse(operator().queryParam("chargePointId", charger.id())
                    .get("/api/operator/sessions").then().statusCode(200).extract().asString()).path("items")) {
                if (YearMonth.from(Instant.parse(listed.path("stoppedAt").asText()).atZone(zone)).equals(month)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static <T> T eventually(java.util.function.Supplier<T> probe) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            assertThat(Instant.now()).as("waited 20 s for the statement").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static final String COMPANY = """
            {"name":"Flota Eléctrica S.A.","taxId":"A87654321","timeZone":"Europe/Madrid","currency":"EUR",
             "refundPercent":"75","paymentType":"AUTOMATIC","autoActivate":true,"cardToken":"tok_visa",
             "iban":"DE89370400440532013000",
             "address":{"streetName":"Paseo de la Castellana","buildingNumber":"100","postCode":"28046",
                        "townName":"Madrid","countryCode":"ES"},
             "rateName":"Tarifa 2.0TD",
             "rate":{"type":"HOURLY","currency":"EUR",
               "weekday":[{"from":"00:00","to":"08:00","pricePerKwh":"0.0900"},
                          {"from":"08:00","to":"10:00","pricePerKwh":"0.1450"},
                          {"from":"10:00","to":"14:00","pricePerKwh":"0.2210"},
                          {"from":"14:00","to":"18:00","pricePerKwh":"0.1450"},
                          {"from":"18:00","to":"22:00","pricePerKwh":"0.2210"},
                          {"from":"22:00","to":"24:00","pricePerKwh":"0.1450"}],
               "weekend":[{"from":"00:00","to":"24:00","pricePerKwh":"0.0900"}]}}""";
}
