package com.wallbill.panel;

import static com.wallbill.panel.PanelFixture.admin;
import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.panel.PanelFixture.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.central.TestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A second company's admin walks every company, rate, payment method and device endpoint with the first company's
 * ids: each answers 404, exactly as for ids that do not exist, and nothing of the first company changes.
 */
@QuarkusTest
class CompanyTenantIsolationTest {

    private static final String FLAT = """
            {"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.20"},"weekend":{"pricePerKwh":"0.12"}}""";
    private static final String READINGS = "[{\"timestamp\":\"2026-09-16T19:00:00Z\",\"wh\":1}]";

    @TestHTTPResource("/")
    URI app;

    @Inject
    Accounts accounts;

    @Test
    void anotherCompanysIdsAreNotFoundOnEveryEndpoint() {
        var first = admin(app);
        long rate = json(as(first).body("{\"name\":\"Mine\",\"rate\":" + FLAT + "}").post("/api/panel/rates").then()
                .statusCode(201).extract().response()).path("id").asLong();
        YearMonth expiry = YearMonth.now(ZoneOffset.UTC).plusYears(1);
        long card = json(as(first).body(Map.of("token", "tok_first_" + first.companyId(), "brand", "visa", "last4",
                "4242", "expMonth", expiry.getMonthValue(), "expYear", expiry.getYear()))
                .post("/api/panel/company/payment-methods").then().statusCode(201).extract().response())
                .path("id").asLong();
        var device = PanelChargers.linked(app, accounts, first, "Fiona First");
        device.charger().close();

        var second = admin(app);
        var own = PanelChargers.linked(app, accounts, second, "Sam Second");
        own.charger().close();
        Map<String, Function<RequestSpecification, io.restassured.response.Response>> attempts = new java.util.LinkedHashMap<>();
        attempts.put("GET rate", r -> r.get("/api/panel/rates/{id}", rate));
        attempts.put("PUT rate", r -> r.body("{\"name\":\"Theirs\",\"rate\":" + FLAT + "}").put("/api/panel/rates/{id}", rate));
        attempts.put("PUT rate default", r -> r.put("/api/panel/rates/{id}/default", rate));
        attempts.put("DELETE rate", r -> r.delete("/api/panel/rates/{id}", rate));
        attempts.put("quote with rateId", r -> r.body("{\"rateId\":" + rate + ",\"readings\":" + READINGS + "}")
                .post("/api/panel/rates/quote"));
        attempts.put("settings defaultRateId", r -> r.body(Map.of("defaultRateId", rate))
                .put("/api/panel/company/settings"));
        attempts.put("PUT card default", r -> r.put("/api/panel/company/payment-methods/{id}/default", card));
        attempts.put("DELETE card", r -> r.delete("/api/panel/company/payment-methods/{id}", card));
        attempts.put("GET device", r -> r.get("/api/panel/devices/{id}", device.linkId()));
        attempts.put("PUT device settings", r -> r.body(Map.of("loggingActive", true, "refundPercent", 1))
                .put("/api/panel/devices/{id}/settings", device.linkId()));
        attempts.put("GET device employee", r -> r.get("/api/panel/devices/{id}/employee", device.linkId()));
        attempts.put("DELETE device", r -> r.delete("/api/panel/devices/{id}", device.linkId()));
        attempts.put("own device with their rate", r -> r.body(Map.of("rateId", rate))
                .put("/api/panel/devices/{id}/settings", own.linkId()));

        attempts.forEach((what, attempt) -> {
            var response = attempt.apply(as(second));
            assertThat(response.statusCode()).as(what).isEqualTo(404);
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(response.asString()).as(what).doesNotContain("Fiona").doesNotContain("Mine")
                    .doesNotContain(PanelChargers.EMPLOYEE_IBAN);
        });

        // Lists and filters show only the caller's own company.
        assertThat(json(as(second).get("/api/panel/devices?employeeId={e}", device.employeeId())).path("items"))
                .isEmpty();
        assertThat(json(as(second).get("/api/panel/devices?chargePointId={cp}", device.chargePointId()))
                .path("items")).isEmpty();
        assertThat(json(as(second).get("/api/panel/rates")).path("items").toString()).doesNotContain("Mine");
        assertThat(json(as(second).get("/api/panel/company/payment-methods")).path("items")).isEmpty();
        assertThat(json(as(second).get("/api/panel/company")).path("id").asLong()).isEqualTo(second.companyId());
        assertThat(json(as(second).get("/api/panel/company/code")).path("code").asText()).isNotEqualTo(first.code());

        // Nothing of the first company moved.
        as(first).get("/api/panel/rates/{id}", rate).then().statusCode(200).body("name", equalTo("Mine"))
                .body("isDefault", equalTo(false));
        as(first).get("/api/panel/company/payment-methods").then().body("items[0].isDefault", equalTo(true));
        JsonNode stillThere = json(as(first).get("/api/panel/devices/{id}", device.linkId()));
        assertThat(stillThere.path("overridden")).isEmpty();
        assertThat(stillThere.path("settings").path("loggingActive").asBoolean()).isFalse();
    }

    @Test
    void employeesAndStrangersReachNoCompanyEndpoint() {
        String email = TestSupport.newId("emp") + "@acme.example";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PanelFixture.PASSWORD,
                "name", "Eve Employee")).post("/api/panel/auth/register-employee").then().statusCode(201);
        PanelFixture.follow(app, TestSupport.link(TestSupport.mailTo(email, "Verify"))).then().statusCode(200);
        String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password",
                PanelFixture.PASSWORD)).post("/api/panel/auth/login").then().statusCode(200).extract().path("token");

        for (String path : new String[] {"/api/panel/company", "/api/panel/company/code",
                "/api/panel/company/settings", "/api/panel/company/payment-methods", "/api/panel/rates",
                "/api/panel/rates/1", "/api/panel/devices", "/api/panel/devices/1", "/api/panel/devices/1/employee"}) {
            given().auth().oauth2(token).get(path).then().statusCode(404);
            given().get(path).then().statusCode(401);
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"readings\":" + READINGS + "}")
                .post("/api/panel/rates/quote").then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(CompanyPanelTest.company(Map.of()))
                .put("/api/panel/company").then().statusCode(404);
    }
}
