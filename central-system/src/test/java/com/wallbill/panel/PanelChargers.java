package com.wallbill.panel;

import static com.wallbill.central.TestSupport.at;
import static com.wallbill.central.TestSupport.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.party.PostalAddress;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import java.net.URI;
import java.time.Instant;

/** Employees and their chargers linked to a panel company, and sessions run over real OCPP. */
public final class PanelChargers {

    public static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    /** Wednesday 16 September 2026, 21:00 local in Madrid (UTC+2). */
    public static final Instant SEPTEMBER_EVENING = Instant.parse("2026-09-16T19:00:00Z");
    public static final String EMPLOYEE_IBAN = "ES9121000418450200051332";

    /** A charger connected and booted, linked since {@link #LONG_AGO} by a new employee. */
    public record Linked(long linkId, long employeeId, String chargePointId, ScriptedChargePoint charger) {
    }

    private PanelChargers() {
    }

    public static Linked linked(URI app, Accounts accounts, PanelFixture.Admin admin, String employeeName) {
        long employee = TestSupport.await(accounts.createEmployee(new Accounts.NewEmployee(employeeName,
                TestSupport.newId("emp") + "@example.com", EMPLOYEE_IBAN,
                new PostalAddress("Gran Via", "22", "28013", "Madrid", "ES"))));
        String cp = TestSupport.newId("cp-panel");
        ScriptedChargePoint charger = TestSupport.bootedChargePoint(TestSupport.ocppEndpoint(app.resolve("/ocpp")), cp,
                OcppVersion.V16);
        long link = TestSupport.await(accounts.link(admin.code(), employee, cp, LONG_AGO));
        return new Linked(link, employee, cp, charger);
    }

    /**
     * A 1.6 transaction of three hours from {@code start}: 7.4 kWh in each of the first two hours, 3.2 kWh in the
     * third. Started 21:00 on a Madrid Wednesday with the six-slot rate: 3.1724 exact, 3.17 rounded.
     */
    public static void threeHourSession(ScriptedChargePoint cp, Instant start) {
        JsonNode started = cp.call("StartTransaction", json("""
                {"connectorId":1,"idTag":"TAG-1","meterStart":1000000,"timestamp":"%s"}""".formatted(at(start))));
        int tx = started.path("transactionId").asInt();
        meter(cp, tx, start.plusSeconds(3600), 1_007_400);
        meter(cp, tx, start.plusSeconds(7200), 1_014_800);
        cp.call("StopTransaction", json("""
                {"transactionId":%d,"idTag":"TAG-1","meterStop":1018000,"timestamp":"%s","reason":"EVDisconnected"}"""
                .formatted(tx, at(start.plusSeconds(10800)))));
    }

    /** The readings of {@link #threeHourSession} as the quote endpoint takes them. */
    public static String threeHourReadings(Instant start) {
        return """
                [{"timestamp":"%s","wh":1000000},{"timestamp":"%s","wh":"1007400"},
                 {"timestamp":"%s","wh":1014800},{"timestamp":"%s","wh":1018000}]""".formatted(at(start),
                at(start.plusSeconds(3600)), at(start.plusSeconds(7200)), at(start.plusSeconds(10800)));
    }

    private static void meter(ScriptedChargePoint cp, int tx, Instant at, long wh) {
        cp.call("MeterValues", json("""
                {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                  {"value":"%d","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}"""
                .formatted(tx, at(at), wh)));
    }
}
