package com.wallbill.panel;

import com.wallbill.central.TestSupport;
import static com.wallbill.panel.PanelBillingFixture.SEPTEMBER;
import static com.wallbill.panel.PanelBillingFixture.SEPTEMBER_EVENING;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.panel.PanelBillingFixture.body;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.MonthClose;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.PanelBillingFixture.Admin;
import com.wallbill.panel.PanelBillingFixture.Device;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A second company's admin walks every billing and session endpoint with the first company's ids and learns
 * nothing: 404 for anything addressed by id or month, empty lists for searches by the first company's employees
 * or devices; nothing of the first company changes. An employee's login and no login get nothing either.
 */
@QuarkusTest
class PanelTenantIsolationTest {

    @TestHTTPResource("/")
    URI app;

    @TestHTTPResource("/ocpp")
    URI ocpp;

    @Inject
    Accounts accounts;

    @Inject
    MonthClose monthClose;

    @Inject
    Pool pool;

    @Test
    void anotherCompanysAdminGets404ForEveryIdOfTheFirstCompany() throws Exception {
        Admin first = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device device = PanelBillingFixture.device(accounts, first, "Ana Pérez");
        List<Long> sessions = PanelBillingFixture.sessions(ocpp, pool, device, true, SEPTEMBER_EVENING,
                SEPTEMBER_EVENING.plus(Duration.ofDays(1)));
        await(monthClose.close(first.companyId(), SEPTEMBER));
        long line = body(first.api().get("/api/panel/billing/months/2026-09/lines").then().statusCode(200))
                .getLong("items[0].id");
        first.api().get("/api/panel/billing/months/2026-09/sepa").then().statusCode(200);
        first.api().get("/api/panel/billing/months/2026-09/invoice").then().statusCode(200);

        Admin second = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        List<Map.Entry<String, Function<RequestSpecification, io.restassured.response.Response>>> byId = List.of(
                Map.entry("month", r -> r.get("/api/panel/billing/months/2026-09")),
                Map.entry("lines", r -> r.get("/api/panel/billing/months/2026-09/lines")),
                Map.entry("lines.xlsx", r -> r.get("/api/panel/billing/months/2026-09/lines.xlsx")),
                Map.entry("invoice", r -> r.get("/api/panel/billing/months/2026-09/invoice")),
                Map.entry("sepa", r -> r.get("/api/panel/billing/months/2026-09/sepa")),
                Map.entry("complete", r -> r.post("/api/panel/billing/lines/{id}/complete", line)),
                Map.entry("session", r -> r.get("/api/panel/sessions/{id}", sessions.get(0))),
                Map.entry("review", r -> r.contentType("application/json").body(Map.of("decision", "EXCLUDED"))
                        .post("/api/panel/sessions/{id}/review", sessions.get(0))));
        for (var endpoint : byId) {
            var response = endpoint.getValue().apply(second.api());
            assertThat(response.statusCode()).as(endpoint.getKey()).isEqualTo(404);
            assertThat(response.contentType()).as(endpoint.getKey()).startsWith("application/problem+json");
            assertThat(response.asString()).as(endpoint.getKey()).doesNotContain(device.chargePointId(), "Ana");
        }

        assertThat(body(second.api().get("/api/panel/billing/months").then().statusCode(200)).getList("items"))
                .isEmpty();
        for (Map<String, Object> search : List.<Map<String, Object>>of(Map.of(),
                Map.of("employeeId", device.employeeId()), Map.of("deviceId", device.chargePointId()))) {
            assertThat(body(second.api().queryParams(search).get("/api/panel/sessions").then().statusCode(200))
                    .getList("items")).as(search.toString()).isEmpty();
            byte[] file = second.api().queryParams(search).get("/api/panel/sessions.xlsx").then().statusCode(200)
                    .extract().asByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(book.getSheetAt(0).getLastRowNum()).as(search.toString()).isZero();
            }
        }

        String employee = PanelBillingFixture.employeeToken(app);
        for (var endpoint : byId) {
            assertThat(endpoint.getValue().apply(given().auth().oauth2(employee)).statusCode())
                    .as("employee: " + endpoint.getKey()).isEqualTo(404);
            assertThat(endpoint.getValue().apply(given()).statusCode()).as("anonymous: " + endpoint.getKey())
                    .isEqualTo(401);
        }
        for (String list : List.of("/api/panel/billing/months", "/api/panel/sessions", "/api/panel/sessions.xlsx")) {
            given().auth().oauth2(employee).get(list).then().statusCode(404);
            given().get(list).then().statusCode(401);
        }

        assertThat(body(first.api().get("/api/panel/billing/months/2026-09/lines").then().statusCode(200))
                .getString("items[0].status")).isEqualTo("PENDING");
        assertThat(body(first.api().get("/api/panel/sessions/{id}", sessions.get(0)).then().statusCode(200))
                .getString("session.review")).isEqualTo("NEEDS_REVIEW");
    }
}
