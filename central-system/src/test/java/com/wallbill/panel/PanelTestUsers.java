package com.wallbill.panel;

import static com.wallbill.central.TestSupport.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.Pbkdf2;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Companies, admins and employees with panel logins for the panel's integration tests. Accounts are written
 * straight to the database, verified, and logged in through the real login endpoint; registration itself is
 * covered by {@link PanelAuthTest}.
 */
final class PanelTestUsers {

    static final String PASSWORD = "correct horse battery";
    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    /** Valid IBANs the sandbox pays. */
    static final String IBAN = "ES9121000418450200051332";
    static final String OTHER_IBAN = "DE89370400440532013000";

    /** A logged-in panel user; {@code id} is the company or the employee. */
    record User(long id, long userId, String email, String token) {
        RequestSpecification api() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    private PanelTestUsers() {
    }

    /** A company paying automatically by a working card, 80% refund, flat 0.20/kWh, chargers active on link. */
    static Accounts.CreatedCompany company(Accounts accounts, PaymentType paymentType) {
        return await(accounts.createCompany(new Accounts.NewCompany("Acme " + TestSupport.newId("co"), "B12345678",
                new PostalAddress("Calle Mayor", "1", "28013", "Madrid", "ES"), ZoneId.of("Europe/Madrid"), EUR,
                OTHER_IBAN, null, "tok_visa"), new Accounts.Terms(new BigDecimal("80"), paymentType, true), "Flat",
                Tariff.flat(EUR, new BigDecimal("0.20"), new BigDecimal("0.20")), LONG_AGO));
    }

    static User admin(Pool pool, long companyId) {
        String email = TestSupport.newId("admin") + "@acme.example";
        long userId = insertUser(pool, email, "COMPANY_ADMIN", companyId, null);
        return new User(companyId, userId, email, login(email));
    }

    /** An employee without IBAN or address yet, logged in. */
    static User employee(Pool pool, Accounts accounts, String name) {
        String email = TestSupport.newId("emp") + "@acme.example";
        long employeeId = await(accounts.createEmployee(new Accounts.NewEmployee(name, email, null, null)));
        long userId = insertUser(pool, email, "EMPLOYEE", null, employeeId);
        return new User(employeeId, userId, email, login(email));
    }

    /** Registers a charger on the employee's page and connects it with that password; booted. */
    static ScriptedChargePoint ownCharger(User employee, URI endpoint, String id) {
        String password = "pw-" + TestSupport.newId("charger");
        employee.api().body(Map.of("chargePointId", id, "password", password)).post("/api/panel/me/chargers")
                .then().statusCode(201);
        ScriptedChargePoint cp = ScriptedChargePoint.connect(endpoint, id, OcppVersion.V16, password);
        JsonNode answer = cp.call("BootNotification", TestSupport.json(
                "{\"chargePointVendor\":\"Wallbox\",\"chargePointModel\":\"Pulsar Plus\"}"));
        assertThat(answer.path("status").asText()).isEqualTo("Accepted");
        return cp;
    }

    /** A three-hour 1.6 transaction of 18 kWh starting at {@code start}. */
    static void threeHourSession(ScriptedChargePoint cp, Instant start) {
        JsonNode started = cp.call("StartTransaction", TestSupport.json("""
                {"connectorId":1,"idTag":"TAG-1","meterStart":1000000,"timestamp":"%s"}"""
                .formatted(TestSupport.at(start))));
        int tx = started.path("transactionId").asInt();
        for (int hour = 1; hour <= 2; hour++) {
            cp.call("MeterValues", TestSupport.json("""
                    {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                      {"value":"%d","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}"""
                    .formatted(tx, TestSupport.at(start.plusSeconds(3600L * hour)), 1_000_000 + 7_400 * hour)));
        }
        cp.call("StopTransaction", TestSupport.json("""
                {"transactionId":%d,"idTag":"TAG-1","meterStop":1018000,"timestamp":"%s","reason":"EVDisconnected"}"""
                .formatted(tx, TestSupport.at(start.plusSeconds(10800)))));
    }

    static List<Row> rows(Pool pool, String sql, Tuple args) {
        List<Row> rows = new ArrayList<>();
        await(pool.preparedQuery(sql).execute(args)).forEach(rows::add);
        return rows;
    }

    static Row row(Pool pool, String sql, Tuple args) {
        List<Row> rows = rows(pool, sql, args);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static long insertUser(Pool pool, String email, String role, Long companyId, Long employeeId) {
        return row(pool, """
                INSERT INTO panel_user (email, password_hash, role, company_id, employee_id, email_verified_at)
                VALUES ($1, $2, $3, $4, $5, now()) RETURNING id""",
                Tuple.of(email, Pbkdf2.hash(PASSWORD, 1000), role, companyId, employeeId)).getLong("id");
    }

    private static String login(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/panel/auth/login").then().statusCode(200).extract().path("token");
    }
}
