package com.wallbill.panel;

import static com.wallbill.central.TestSupport.await;
import static com.wallbill.central.TestSupport.eventually;
import static com.wallbill.central.TestSupport.mailTo;
import static com.wallbill.central.TestSupport.link;
import static com.wallbill.central.TestSupport.at;
import static com.wallbill.central.TestSupport.json;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Companies with a verified, logged-in admin, their employees' chargers and real OCPP sessions, for the panel's
 * billing and session tests. A company registered through the panel starts with a zero-priced rate and manual
 * payment; the fixture gives it a priced rate, 80 % refunds and the payment type asked for, valid from January.
 */
final class PanelBillingFixture {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    /** Wednesday 16 September 2026, 21:00 in Madrid: 3.17 EUR at the six-slot rate, 2.54 refunded. */
    static final Instant SEPTEMBER_EVENING = Instant.parse("2026-09-16T19:00:00Z");
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final String EMPLOYEE_IBAN = "ES9121000418450200051332";
    static final String COMPANY_IBAN = "DE89370400440532013000";
    private static final String PASSWORD = "correct horse battery";

    /** An admin's login, company and the company's code. */
    record Admin(String email, String token, long companyId, String companyCode) {
        RequestSpecification api() {
            return given().auth().oauth2(token);
        }
    }

    /** An employee's charger linked to a company, logging active. */
    record Device(long employeeId, String employeeName, long linkId, String chargePointId) {
    }

    private PanelBillingFixture() {
    }

    static Admin admin(URI app, Accounts accounts, Pool pool, PaymentType paymentType) {
        String email = TestSupport.newId("admin") + "@fleet.example";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "companyName",
                "Fleet " + email, "timeZone", "Europe/Madrid", "currency", "EUR"))
                .post("/api/panel/auth/register-company").then().statusCode(201);
        PanelFixture.follow(app, link(mailTo(email, "Verify"))).then().statusCode(200);
        String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/panel/auth/login").then().statusCode(200).extract().path("token");
        long companyId = ((Number) given().auth().oauth2(token).get("/api/panel/me").then().statusCode(200).extract()
                .path("companyId")).longValue();
        long rate = await(accounts.createRate(companyId, "Tarifa 2.0TD", sixSlotRate(), LONG_AGO));
        await(accounts.setTerms(companyId, new Accounts.Terms(new BigDecimal("80"), paymentType, true), rate,
                LONG_AGO));
        String code = rows(pool, """
                UPDATE company SET iban = $2, tax_id = 'B12345678', town_name = 'Madrid', country_code = 'ES',
                    card_token = 'tok_visa'
                WHERE id = $1 RETURNING code""", Tuple.of(companyId, COMPANY_IBAN)).get(0).getString("code");
        return new Admin(email, token, companyId, code);
    }

    /** A verified employee's login: panel users who are not admins must find no company data. */
    static String employeeToken(URI app) {
        String email = TestSupport.newId("emp") + "@fleet.example";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "name", "Eve"))
                .post("/api/panel/auth/register-employee").then().statusCode(201);
        PanelFixture.follow(app, link(mailTo(email, "Verify"))).then().statusCode(200);
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/panel/auth/login").then().statusCode(200).extract().path("token");
    }

    static Device device(Accounts accounts, Admin admin, String employeeName) {
        long employee = await(accounts.createEmployee(new Accounts.NewEmployee(employeeName,
                employeeName.toLowerCase().replace(' ', '.') + "@example.com", EMPLOYEE_IBAN,
                new PostalAddress("Gran Via", "22", "28013", "Madrid", "ES"))));
        String cp = TestSupport.newId("cp-panel");
        long link = await(accounts.link(admin.companyCode(), employee, cp, LONG_AGO));
        // Linked while the company's newest terms (from registration) did not auto-activate: activate it.
        await(accounts.setDeviceTerms(link, new Accounts.DeviceTerms(true, null, null, null),
                LONG_AGO.plusSeconds(1)));
        return new Device(employee, employeeName, link, cp);
    }

    /**
     * Three-hour OCPP 1.6 sessions on the device's charger, one per start (7.4 kW for two hours, then 3.2 kWh);
     * {@code flagged} ones report a register drop, which billing flags for review. Returns their session ids once
     * billing has costed them.
     */
    static List<Long> sessions(URI http, Pool pool, Device device, boolean flagged, Instant... starts) {
        List<Long> ids = new ArrayList<>();
        try (ScriptedChargePoint cp = TestSupport.bootedChargePoint(TestSupport.ocppEndpoint(http),
                device.chargePointId(), OcppVersion.V16)) {
            for (Instant start : starts) {
                threeHours(cp, start, flagged);
            }
        }
        for (Instant start : starts) {
            Instant stop = start.plusSeconds(10800).truncatedTo(ChronoUnit.SECONDS);
            ids.add(eventually(() -> {
                List<Row> rows = rows(pool, "SELECT session_id FROM costed_session WHERE charge_point_id = $1 "
                        + "AND stopped_at = $2", Tuple.of(device.chargePointId(), stop.atOffset(ZoneOffset.UTC)));
                return rows.isEmpty() ? null : rows.get(0).getLong(0);
            }));
        }
        return ids;
    }

    private static void threeHours(ScriptedChargePoint cp, Instant start, boolean flagged) {
        JsonNode started = cp.call("StartTransaction", json("""
                {"connectorId":1,"idTag":"TAG-1","meterStart":1000000,"timestamp":"%s"}""".formatted(at(start))));
        int tx = started.path("transactionId").asInt();
        meter(cp, tx, start.plusSeconds(3600), 1_007_400);
        meter(cp, tx, start.plusSeconds(7200), flagged ? 1_003_000 : 1_014_800);
        cp.call("StopTransaction", json("""
                {"transactionId":%d,"idTag":"TAG-1","meterStop":%d,"timestamp":"%s","reason":"EVDisconnected"}"""
                .formatted(tx, flagged ? 1_006_200 : 1_018_000, at(start.plusSeconds(10800)))));
    }

    private static void meter(ScriptedChargePoint cp, int tx, Instant at, long wh) {
        cp.call("MeterValues", json("""
                {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                  {"value":"%d","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}"""
                .formatted(tx, at(at), wh)));
    }

    /**
     * {@code count} costed sessions written straight into the database (an open statement of {@code month}),
     * two hours each, five hours apart, with energies and refunds that repeat every seven sessions so that orders
     * have ties; every other session goes to the second device at the same times as the first.
     */
    static void bulkSessions(Pool pool, Admin admin, YearMonth month, int count, Device first, Device second) {
        long statement = rows(pool, """
                INSERT INTO statement (company_id, month, status, currency) VALUES ($1, $2, 'IN_PROGRESS', 'EUR')
                ON CONFLICT (company_id, month) DO UPDATE SET currency = excluded.currency RETURNING id""",
                Tuple.of(admin.companyId(), month.atDay(1))).get(0).getLong(0);
        for (Device d : List.of(first, second)) {
            rows(pool, "INSERT INTO charge_point (id) VALUES ($1) ON CONFLICT DO NOTHING", Tuple.of(d.chargePointId()));
        }
        rows(pool, """
                WITH s AS (
                    INSERT INTO charging_session (charge_point_id, ocpp_version, transaction_ref, status, started_at,
                        stopped_at, energy_wh, updated_at)
                    SELECT CASE WHEN g % 2 = 0 THEN $1 ELSE $2 END, '2.0.1', 'bulk-' || g, 'COMPLETED',
                           $3::timestamptz + (g / 2) * interval '5 hours',
                           $3::timestamptz + (g / 2) * interval '5 hours' + interval '2 hours',
                           1000 * (g % 7 + 1), now()
                    FROM generate_series(0, $4 - 1) g
                    RETURNING id, charge_point_id, started_at, stopped_at, energy_wh)
                INSERT INTO costed_session (session_id, charge_point_id, company_id, device_link_id, employee_id,
                    billable, started_at, stopped_at, statement_id, energy_wh, cost_exact, cost, refund, currency,
                    refund_percent, payment_type, flags, review)
                SELECT s.id, s.charge_point_id, $5, l.id, l.employee_id, true, s.started_at, s.stopped_at, $6,
                       s.energy_wh, s.energy_wh * 0.0002, round(s.energy_wh * 0.0002, 2),
                       round(s.energy_wh * 0.00016, 2),
                       'EUR', 80, 'MANUAL', '{}', 'NONE'
                FROM s JOIN device_link l ON l.charge_point_id = s.charge_point_id AND l.unlinked_at IS NULL""",
                Tuple.from(Arrays.asList(first.chargePointId(), second.chargePointId(),
                        month.atDay(1).atStartOfDay(MADRID).toOffsetDateTime(), count, admin.companyId(), statement)));
    }

    /** The body as JsonPath with exact decimals (RestAssured's default reads money as floats). */
    static JsonPath body(ValidatableResponse response) {
        return new JsonPath(response.extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static Tariff sixSlotRate() {
        Currency eur = Currency.getInstance("EUR");
        return Tariff.hourly(eur, List.of(
                PriceSlot.of("00:00", "08:00", "0.0900"), PriceSlot.of("08:00", "10:00", "0.1450"),
                PriceSlot.of("10:00", "14:00", "0.2210"), PriceSlot.of("14:00", "18:00", "0.1450"),
                PriceSlot.of("18:00", "22:00", "0.2210"), PriceSlot.of("22:00", "24:00", "0.1450")),
                List.of(PriceSlot.of("00:00", "24:00", "0.0900")));
    }

    static List<Row> rows(Pool pool, String sql, Tuple args) {
        List<Row> rows = new ArrayList<>();
        await(pool.preparedQuery(sql).execute(args)).forEach(rows::add);
        return rows;
    }
}
