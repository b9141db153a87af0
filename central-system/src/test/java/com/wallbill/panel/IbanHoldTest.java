package com.wallbill.panel;

import static com.wallbill.panel.PanelTestUsers.IBAN;
import static com.wallbill.panel.PanelTestUsers.LONG_AGO;
import static com.wallbill.panel.PanelTestUsers.admin;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.panel.PanelTestUsers.company;
import static com.wallbill.panel.PanelTestUsers.employee;
import static com.wallbill.central.TestSupport.eventually;
import static com.wallbill.panel.PanelTestUsers.ownCharger;
import static com.wallbill.panel.PanelTestUsers.row;
import static com.wallbill.panel.PanelTestUsers.rows;
import static com.wallbill.panel.PanelTestUsers.threeHourSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.MonthClose;
import com.wallbill.billing.app.Payments;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An employee's IBAN change holds their automatic payout until an admin of the linked company confirms it; IBANs
 * stored encrypted (or plain, from before encryption) are paid and put on SEPA files in full.
 */
@QuarkusTest
class IbanHoldTest {

    /** Wednesday 16 September 2026, 21:00 in Madrid. */
    private static final Instant SEPTEMBER_EVENING = Instant.parse("2026-09-16T19:00:00Z");
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final String NEW_IBAN = "NL91ABNA0417164300";

    @TestHTTPResource("/ocpp")
    URI http;

    @Inject
    Accounts accounts;

    @Inject
    MonthClose monthClose;

    @Inject
    Payments payments;

    @Inject
    Pool pool;

    @Test
    void ibanChangeHoldsThePayoutUntilTheCompanyConfirmsIt() {
        var company = company(accounts, PaymentType.AUTOMATIC);
        var admin = admin(pool, company.id());
        var stranger = admin(pool, company(accounts, PaymentType.AUTOMATIC).id());
        var ana = employee(pool, accounts, "Ana Hold");
        String cp = sessionOfLinkedCharger(ana, company);

        ana.api().body(Map.of("iban", NEW_IBAN)).put("/api/panel/me/iban").then().statusCode(200)
                .body("awaitingConfirmation", equalTo(true));
        ana.api().get("/api/panel/me/sessions").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].chargePointId", equalTo(cp)).body("items[0].refund", equalTo(2.88f))
                .body("items[0].refundStatus", equalTo("IN_PROGRESS")).body("items[0].month", equalTo("2026-09"));

        await(monthClose.close(company.id(), SEPTEMBER));

        Row held = payout(company.id());
        assertThat(held.getString("status")).isEqualTo("REQUESTED");
        assertThat(held.getValue("held_at")).isNotNull();
        assertThat(held.getString("failure_reason")).isEqualTo("Held: IBAN change awaiting confirmation by the company");
        assertThat(held.getString("iban")).startsWith("v1:");
        await(payments.runDue(100));
        assertThat(payout(company.id()).getString("status")).isEqualTo("REQUESTED");
        assertThat(ledgerEntries(held.getLong("id"))).isZero();
        ana.api().get("/api/panel/me/refunds").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].month", equalTo("2026-09")).body("items[0].status", equalTo("PENDING"))
                .body("items[0].refund", equalTo(2.88f)).body("items[0].payout.held", equalTo(true));
        ana.api().get("/api/panel/me/sessions").then().body("items[0].refundStatus", equalTo("PENDING"))
                .body("items[0].refundStatusReason", startsWith("Held:"));

        // Unlinking after the close does not strand the payout: the company that owes it can still confirm.
        int linkId = ana.api().get("/api/panel/me/chargers").then().extract().path("items[0].link.id");
        ana.api().delete("/api/panel/me/links/{id}", linkId).then().statusCode(204);
        stranger.api().post("/api/panel/employees/{id}/iban/confirm", ana.id()).then().statusCode(404);
        stranger.api().get("/api/panel/employees/{id}/iban", ana.id()).then().statusCode(404);
        ana.api().post("/api/panel/employees/{id}/iban/confirm", ana.id()).then().statusCode(404);
        admin.api().get("/api/panel/employees/{id}/iban", ana.id()).then().statusCode(200)
                .body("iban", equalTo(NEW_IBAN)).body("awaitingConfirmation", equalTo(true));
        admin.api().body(Map.of("iban", IBAN)).post("/api/panel/employees/{id}/iban/confirm", ana.id()).then()
                .statusCode(409).body("detail", startsWith("iban:"));
        admin.api().body(Map.of("iban", NEW_IBAN)).post("/api/panel/employees/{id}/iban/confirm", ana.id()).then()
                .statusCode(200).body("awaitingConfirmation", equalTo(false)).body("confirmedBy", equalTo(admin.email()));
        // Paid and unlinked, Ana is nothing to the company any more.
        admin.api().post("/api/panel/employees/{id}/iban/confirm", ana.id()).then().statusCode(404);

        await(payments.runDue(100));

        Row paid = payout(company.id());
        assertThat(paid.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(paid.getValue("held_at")).isNull();
        assertThat(row(pool, "SELECT account FROM sandbox_ledger WHERE idempotency_key = $1",
                Tuple.of("wallbill-payout-" + paid.getLong("id") + "-1")).getString("account")).isEqualTo(NEW_IBAN);
        ana.api().get("/api/panel/me/refunds").then().body("items[0].status", equalTo("COMPLETED"))
                .body("items[0].payout.status", equalTo("SUCCEEDED"));
        ana.api().get("/api/panel/me/sessions").then().body("items[0].refundStatus", equalTo("COMPLETED"));
        admin.api().get("/api/panel/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("IBAN_CHANGED", "IBAN_CONFIRMED"));
        String log = admin.api().get("/api/panel/audit").then().extract().asString();
        assertThat(log).contains(com.wallbill.billing.iban.Iban.parse(NEW_IBAN).masked()).doesNotContain(NEW_IBAN);
    }

    @Test
    void plainIbanStoredBeforeEncryptionIsStillPaid() {
        var company = company(accounts, PaymentType.AUTOMATIC);
        var ben = employee(pool, accounts, "Ben Legacy");
        await(pool.preparedQuery("UPDATE employee SET iban = $2 WHERE id = $1").execute(Tuple.of(ben.id(), IBAN)));
        sessionOfLinkedCharger(ben, company);

        await(monthClose.close(company.id(), SEPTEMBER));

        Row payout = payout(company.id());
        assertThat(payout.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(row(pool, "SELECT account FROM sandbox_ledger WHERE idempotency_key LIKE $1",
                Tuple.of("wallbill-payout-" + payout.getLong("id") + "-%")).getString("account")).isEqualTo(IBAN);
        ben.api().get("/api/panel/me/iban").then().body("iban", equalTo(IBAN))
                .body("awaitingConfirmation", equalTo(false));
    }

    @Test
    void operatorCreatedEmployeesIbanIsEncryptedAndTheSepaFileCarriesItInFull() {
        var company = company(accounts, PaymentType.MANUAL);
        long employeeId = await(accounts.createEmployee(new Accounts.NewEmployee("Carla Manual", null, IBAN,
                new com.wallbill.billing.party.PostalAddress(null, null, null, "Madrid", "ES"))));
        assertThat(row(pool, "SELECT iban FROM employee WHERE id = $1", Tuple.of(employeeId)).getString("iban"))
                .startsWith("v1:");
        String cp = TestSupport.newId("cp-manual");
        try (ScriptedChargePoint charger = TestSupport.bootedChargePoint(TestSupport.ocppEndpoint(http), cp,
                com.wallbill.ocpp.rpc.OcppVersion.V16)) {
            await(accounts.link(company.code(), employeeId, cp, LONG_AGO));
            threeHourSession(charger, SEPTEMBER_EVENING);
        }
        costed(cp);
        await(monthClose.close(company.id(), SEPTEMBER));

        String xml = TestSupport.operator().get("/api/operator/companies/{c}/statements/{m}/sepa", company.id(),
                "2026-09").then().statusCode(200).extract().asString();
        assertThat(xml).contains(IBAN, "<InstdAmt Ccy=\"EUR\">2.88</InstdAmt>").doesNotContain("v1:");
    }

    /** The employee registers a charger on their page; it was linked (by them) since long ago; one session. */
    private String sessionOfLinkedCharger(PanelTestUsers.User employee, Accounts.CreatedCompany company) {
        String cp = TestSupport.newId("cp-hold");
        try (ScriptedChargePoint charger = ownCharger(employee, TestSupport.ocppEndpoint(http), cp)) {
            await(accounts.link(company.code(), employee.id(), cp, LONG_AGO));
            threeHourSession(charger, SEPTEMBER_EVENING);
        }
        costed(cp);
        return cp;
    }

    private void costed(String cp) {
        eventually(() -> rows(pool, "SELECT 1 FROM costed_session WHERE charge_point_id = $1", Tuple.of(cp)).isEmpty()
                ? null : true);
    }

    private Row payout(long companyId) {
        return row(pool, "SELECT * FROM payout WHERE company_id = $1", Tuple.of(companyId));
    }

    private long ledgerEntries(long payoutId) {
        return row(pool, "SELECT count(*) FROM sandbox_ledger WHERE idempotency_key LIKE $1",
                Tuple.of("wallbill-payout-" + payoutId + "-%")).getLong(0);
    }
}
