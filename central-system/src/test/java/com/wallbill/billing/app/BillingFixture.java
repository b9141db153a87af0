package com.wallbill.billing.app;

import static com.wallbill.central.TestSupport.await;
import static com.wallbill.central.TestSupport.eventually;
import static com.wallbill.central.TestSupport.at;
import static com.wallbill.central.TestSupport.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.simulator.ScriptedChargePoint;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Companies, employees and OCPP sessions for the billing integration tests. */
final class BillingFixture {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    /** Valid IBANs (mod-97) the sandbox pays; one ending in 0000 that it refuses. */
    static final String EMPLOYEE_IBAN = "ES9121000418450200051332";
    static final String COMPANY_IBAN = "DE89370400440532013000";

    private BillingFixture() {
    }

    static Tariff sixSlotRate() {
        return Tariff.hourly(EUR, List.of(
                PriceSlot.of("00:00", "08:00", "0.0900"), PriceSlot.of("08:00", "10:00", "0.1450"),
                PriceSlot.of("10:00", "14:00", "0.2210"), PriceSlot.of("14:00", "18:00", "0.1450"),
                PriceSlot.of("18:00", "22:00", "0.2210"), PriceSlot.of("22:00", "24:00", "0.1450")),
                List.of(PriceSlot.of("00:00", "24:00", "0.0900")));
    }

    static Accounts.CreatedCompany company(Accounts accounts, PaymentType paymentType, String cardToken,
            boolean autoActivate) {
        return await(accounts.createCompany(new Accounts.NewCompany("Acme Fleet S.L.", "B12345678",
                new PostalAddress("Calle Mayor", "1", "28013", "Madrid", "ES"), MADRID, EUR, COMPANY_IBAN, null,
                cardToken), new Accounts.Terms(new BigDecimal("80"), paymentType, autoActivate), "Tarifa 2.0TD",
                sixSlotRate(), LONG_AGO));
    }

    static long employee(Accounts accounts, String name, String iban) {
        return await(accounts.createEmployee(new Accounts.NewEmployee(name, name.toLowerCase().replace(' ', '.')
                + "@example.com", iban, new PostalAddress("Gran Via", "22", "28013", "Madrid", "ES"))));
    }

    /**
     * Runs a 1.6 transaction of three hours starting at {@code start}, 7.4 kW for two hours then 3.2 kWh in the
     * third hour, and returns the session id.
     */
    static long threeHourSession(ScriptedChargePoint cp, Instant start) {
        JsonNode started = cp.call("StartTransaction", json("""
                {"connectorId":1,"idTag":"TAG-1","meterStart":1000000,"timestamp":"%s"}""".formatted(at(start))));
        int tx = started.path("transactionId").asInt();
        meter(cp, tx, start.plusSeconds(3600), 1_007_400);
        meter(cp, tx, start.plusSeconds(7200), 1_014_800);
        cp.call("StopTransaction", json("""
                {"transactionId":%d,"idTag":"TAG-1","meterStop":1018000,"timestamp":"%s","reason":"EVDisconnected"}"""
                .formatted(tx, at(start.plusSeconds(10800)))));
        return tx;
    }

    private static void meter(ScriptedChargePoint cp, int tx, Instant at, long wh) {
        cp.call("MeterValues", json("""
                {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                  {"value":"%d","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}"""
                .formatted(tx, at(at), wh)));
    }

    /** The costed row of the charger's only session, once billing has seen it. */
    static Row costedSessionOf(Pool pool, String chargePointId) {
        return eventually(() -> {
            List<Row> rows = rows(pool, "SELECT * FROM costed_session WHERE charge_point_id = $1",
                    Tuple.of(chargePointId));
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    static List<Row> rows(Pool pool, String sql, Tuple args) {
        List<Row> rows = new ArrayList<>();
        await(pool.preparedQuery(sql).execute(args)).forEach(rows::add);
        return rows;
    }

    static long count(Pool pool, String sql, Tuple args) {
        return rows(pool, sql, args).get(0).getLong(0);
    }
}
