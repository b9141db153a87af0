package com.wallbill.panel;

import com.wallbill.central.TestSupport;
import static com.wallbill.panel.PanelFixture.admin;
import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.central.TestSupport.eventually;
import static com.wallbill.panel.PanelFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The company's linked chargers through the panel API, with sessions from real OCPP chargers. */
@QuarkusTest
class DevicePanelTest {

    @TestHTTPResource("/")
    URI app;

    @Inject
    Accounts accounts;

    @Inject
    Pool pool;

    @Test
    void devicesShowEmployeeStatusLastSessionAndEffectiveSettings() {
        var admin = admin(app);
        long sixSlots = setUpSinceLastYear(admin);
        var ana = PanelChargers.linked(app, accounts, admin, "Ana Pérez");
        as(admin).body(Map.of("autoActivate", false)).put("/api/panel/company/settings").then().statusCode(200);
        var bruno = PanelChargers.linked(app, accounts, admin, "Bruno Díaz");

        PanelChargers.threeHourSession(ana.charger(), PanelChargers.SEPTEMBER_EVENING);
        JsonNode device = eventually(() -> {
            JsonNode d = json(as(admin).get("/api/panel/devices/{id}", ana.linkId()));
            return d.path("lastSession").path("cost").isMissingNode() || d.path("lastSession").path("cost").isNull()
                    ? null : d;
        });
        assertThat(device.path("chargePointId").asText()).isEqualTo(ana.chargePointId());
        assertThat(device.path("employee").path("id").asLong()).isEqualTo(ana.employeeId());
        assertThat(device.path("employee").path("name").asText()).isEqualTo("Ana Pérez");
        assertThat(device.path("online").asBoolean()).isTrue();
        assertThat(device.path("lastSeenAt").isNull()).isFalse();
        JsonNode last = device.path("lastSession");
        assertThat(last.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(last.path("energyWh").decimalValue()).isEqualByComparingTo("18000");
        assertThat(last.path("billable").asBoolean()).isTrue();
        assertThat(last.path("currency").asText()).isEqualTo("EUR");
        // The same price the quote gives for the same readings: one pricing function.
        JsonNode quote = json(as(admin).body("{\"rateId\":" + sixSlots + ",\"refundPercent\":80,\"readings\":"
                + PanelChargers.threeHourReadings(PanelChargers.SEPTEMBER_EVENING) + "}")
                .post("/api/panel/rates/quote"));
        assertThat(last.path("cost").decimalValue()).isEqualByComparingTo("3.17")
                .isEqualByComparingTo(quote.path("cost").decimalValue());
        assertThat(last.path("refund").decimalValue()).isEqualByComparingTo("2.54")
                .isEqualByComparingTo(quote.path("refund").decimalValue());
        JsonNode settings = device.path("settings");
        assertThat(settings.path("loggingActive").asBoolean()).isTrue();
        assertThat(settings.path("paymentType").asText()).isEqualTo("AUTOMATIC");
        assertThat(settings.path("refundPercent").decimalValue()).isEqualByComparingTo("80");
        assertThat(settings.path("rateId").asLong()).isEqualTo(sixSlots);
        assertThat(settings.path("rateName").asText()).isEqualTo("Six slots");
        assertThat(device.path("overridden")).isEmpty();

        JsonNode waiting = json(as(admin).get("/api/panel/devices/{id}", bruno.linkId()));
        assertThat(waiting.path("settings").path("loggingActive").asBoolean()).isFalse();
        assertThat(waiting.path("lastSession").isNull()).isTrue();

        JsonNode all = json(as(admin).get("/api/panel/devices"));
        assertThat(all.path("items")).hasSize(2);
        assertThat(all.path("next").isNull()).isTrue();
        as(admin).get("/api/panel/devices?limit=1").then().body("items.size()", equalTo(1)).body("next", equalTo(1));
        as(admin).get("/api/panel/devices?employeeId={e}", bruno.employeeId()).then()
                .body("items.size()", equalTo(1)).body("items[0].linkId", equalTo((int) bruno.linkId()));
        as(admin).get("/api/panel/devices?chargePointId={cp}", ana.chargePointId()).then()
                .body("items.size()", equalTo(1)).body("items[0].linkId", equalTo((int) ana.linkId()));
        as(admin).get("/api/panel/devices?limit=501").then().statusCode(400).body("detail", startsWith("limit"));
        as(admin).get("/api/panel/devices?offset=-1").then().statusCode(400).body("detail", startsWith("offset"));
        as(admin).get("/api/panel/devices?employeeId=ana").then().statusCode(400)
                .body("detail", startsWith("employeeId"));

        bruno.charger().close();
        eventually(() -> json(as(admin).get("/api/panel/devices/{id}", bruno.linkId())).path("online").asBoolean()
                ? null : true);
        ana.charger().close();
    }

    @Test
    void overridesActivateAndChangeOneDeviceFromNow() {
        var admin = admin(app);
        var device = PanelChargers.linked(app, accounts, admin, "Olga Override");
        device.charger().close();
        long defaultRate = json(as(admin).get("/api/panel/company/settings")).path("defaultRateId").asLong();
        long night = json(as(admin).body("""
                {"name":"Night","rate":{"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.10"},
                 "weekend":{"pricePerKwh":"0.08"}}}""").post("/api/panel/rates")).path("id").asLong();
        as(admin).get("/api/panel/devices/{id}", device.linkId()).then()
                .body("settings.loggingActive", equalTo(false));

        JsonNode changed = json(as(admin).body(Map.of("loggingActive", true, "paymentType", "AUTOMATIC",
                "refundPercent", 50, "rateId", night)).put("/api/panel/devices/{id}/settings", device.linkId()).then()
                .statusCode(200).extract().response());
        assertThat(changed.path("settings").path("loggingActive").asBoolean()).isTrue();
        assertThat(changed.path("settings").path("paymentType").asText()).isEqualTo("AUTOMATIC");
        assertThat(changed.path("settings").path("refundPercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(changed.path("settings").path("rateName").asText()).isEqualTo("Night");
        assertThat(changed.path("overridden").toString()).isEqualTo("[\"paymentType\",\"refundPercent\",\"rateId\"]");
        // The company cannot delete a rate a device uses.
        as(admin).delete("/api/panel/rates/{id}", night).then().statusCode(409);

        // Nulls go back to the company's values; loggingActive left out stays as it is.
        JsonNode reset = json(as(admin).body("{}").put("/api/panel/devices/{id}/settings", device.linkId()).then()
                .statusCode(200).extract().response());
        assertThat(reset.path("overridden")).isEmpty();
        assertThat(reset.path("settings").path("loggingActive").asBoolean()).isTrue();
        assertThat(reset.path("settings").path("paymentType").asText()).isEqualTo("MANUAL");
        assertThat(reset.path("settings").path("refundPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(reset.path("settings").path("rateId").asLong()).isEqualTo(defaultRate);
        assertThat(await(pool.preparedQuery("SELECT count(*) FROM device_terms WHERE link_id = $1")
                .execute(Tuple.of(device.linkId()))).iterator().next().getLong(0)).isEqualTo(3);

        as(admin).body(Map.of("refundPercent", 150)).put("/api/panel/devices/{id}/settings", device.linkId()).then()
                .statusCode(400).body("detail", startsWith("refundPercent"));
        as(admin).body(Map.of("paymentType", "BARTER")).put("/api/panel/devices/{id}/settings", device.linkId())
                .then().statusCode(400).contentType("application/problem+json").body("detail", startsWith("paymentType"));
        as(admin).body(Map.of("rateId", 999_999_999)).put("/api/panel/devices/{id}/settings", device.linkId()).then()
                .statusCode(404).body("detail", startsWith("rateId"));
    }

    @Test
    void employeeDetailsWithTheFullIbanUntilTheChargerIsUnlinked() {
        var admin = admin(app);
        var device = PanelChargers.linked(app, accounts, admin, "Iris Iban");
        device.charger().close();

        JsonNode employee = json(as(admin).get("/api/panel/devices/{id}/employee", device.linkId()).then()
                .statusCode(200).extract().response());
        assertThat(employee.path("id").asLong()).isEqualTo(device.employeeId());
        assertThat(employee.path("name").asText()).isEqualTo("Iris Iban");
        assertThat(employee.path("email").asText()).endsWith("@example.com");
        assertThat(employee.path("iban").asText()).isEqualTo(PanelChargers.EMPLOYEE_IBAN);
        assertThat(employee.path("address").path("townName").asText()).isEqualTo("Madrid");

        as(admin).delete("/api/panel/devices/{id}", device.linkId()).then().statusCode(204);
        as(admin).get("/api/panel/devices/{id}", device.linkId()).then().statusCode(404);
        as(admin).get("/api/panel/devices/{id}/employee", device.linkId()).then().statusCode(404);
        as(admin).delete("/api/panel/devices/{id}", device.linkId()).then().statusCode(404);
        assertThat(json(as(admin).get("/api/panel/devices")).path("items")).isEmpty();
    }

    /**
     * Sets the company up (a six-slot rate as default, 80 %, automatic payment, auto-activation) and moves every
     * term back a year, as if it had been configured then: September's sessions are priced with it.
     */
    private long setUpSinceLastYear(PanelFixture.Admin admin) {
        long rate = json(as(admin).body("{\"name\":\"Six slots\",\"rate\":" + RatePanelTest.SIX_SLOTS + "}")
                .post("/api/panel/rates").then().statusCode(201).extract().response()).path("id").asLong();
        as(admin).body(Map.of("refundPercent", 80, "paymentType", "AUTOMATIC", "autoActivate", true,
                "defaultRateId", rate)).put("/api/panel/company/settings").then().statusCode(200);
        for (String table : new String[] {"company_terms", "rate_version"}) {
            await(pool.preparedQuery("UPDATE " + table + " SET valid_from = valid_from - interval '1 year' "
                    + "WHERE company_id = $1").execute(Tuple.of(admin.companyId())));
        }
        return rate;
    }
}
