package com.wallbill.panel;

import static com.wallbill.panel.PanelTestUsers.EUR;
import static com.wallbill.panel.PanelTestUsers.LONG_AGO;
import static com.wallbill.panel.PanelTestUsers.admin;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.panel.PanelTestUsers.company;
import static com.wallbill.panel.PanelTestUsers.employee;
import static com.wallbill.panel.PanelTestUsers.row;
import static com.wallbill.panel.PanelTestUsers.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.AuditAction;
import com.wallbill.billing.app.AuditActor;
import com.wallbill.billing.app.AuditLog;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hash-chained audit log: what is recorded, who reads it, and that tampering shows. */
@QuarkusTest
class AuditLogTest {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog auditLog;

    @Inject
    Pool pool;

    @Test
    void rateTermsAndDeviceChangesAreRecordedWithWhoBeforeAndAfterNewestFirst() {
        var company = company(accounts, PaymentType.AUTOMATIC);
        var admin = admin(pool, company.id());
        AuditActor actor = new AuditActor(admin.userId(), admin.email());
        Instant now = Instant.now();
        Tariff cheap = Tariff.flat(EUR, new BigDecimal("0.10"), new BigDecimal("0.05"));
        long rate = await(accounts.createRate(company.id(), "Night", cheap, now, actor));
        await(accounts.editRate(company.id(), rate, Tariff.flat(EUR, new BigDecimal("0.12"), new BigDecimal("0.05")),
                now.plusSeconds(1), actor));
        await(accounts.makeDefault(company.id(), rate, now.plusSeconds(2), actor));
        await(accounts.setTerms(company.id(), new Accounts.Terms(new BigDecimal("50"), PaymentType.MANUAL, false),
                rate, now.plusSeconds(3), actor));
        long employeeId = await(accounts.createEmployee(new Accounts.NewEmployee("Dev Ice", null, null, null)));
        long link = await(accounts.link(company.code(), employeeId, TestSupport.newId("cp-audit"), LONG_AGO));
        await(accounts.setDeviceTerms(link, new Accounts.DeviceTerms(true, null, new BigDecimal("60"), null), now,
                actor));
        await(accounts.deleteRate(company.id(), company.defaultRateId(), now.plusSeconds(4), actor));
        TestSupport.operator().body(Map.of("refundPercent", "70", "paymentType", "MANUAL", "autoActivate", false,
                "defaultRateId", rate)).put("/api/operator/companies/{id}/terms", company.id()).then().statusCode(204);

        admin.api().queryParam("limit", 3).get("/api/panel/audit").then().statusCode(200)
                .body("items.action", contains("TERMS_CHANGED", "RATE_DELETED", "DEVICE_TERMS_CHANGED"))
                .body("items.seq", contains(8, 7, 6)).body("next", equalTo(3))
                .body("items[0].actor.email", equalTo("operator")).body("items[0].actor.userId", nullValue())
                .body("items[0].before.refundPercent", equalTo("50.00"))
                .body("items[0].after.refundPercent", equalTo("70.00"))
                .body("items[1].actor.email", equalTo(admin.email()))
                .body("items[1].actor.userId", equalTo((int) admin.userId()))
                .body("items[2].before.loggingActive", equalTo(false))
                .body("items[2].after.loggingActive", equalTo(true))
                .body("items[2].after.refundPercent", equalTo("60.00"));
        admin.api().queryParam("offset", 3).queryParam("limit", 10).get("/api/panel/audit").then().statusCode(200)
                .body("items.action", contains("DEVICE_LINKED", "TERMS_CHANGED", "DEFAULT_RATE_CHANGED", "RATE_EDITED",
                        "RATE_CREATED"))
                .body("next", nullValue())
                .body("items[2].before.defaultRateId", equalTo((int) company.defaultRateId()))
                .body("items[2].after.defaultRateId", equalTo((int) rate))
                .body("items[3].before.tariff.weekday[0].pricePerKwh", equalTo("0.10"))
                .body("items[3].after.tariff.weekday[0].pricePerKwh", equalTo("0.12"))
                .body("items[4].prevHash", nullValue());
        admin.api().get("/api/panel/audit/verify").then().statusCode(200).body("intact", equalTo(true))
                .body("entriesChecked", equalTo(8)).body("headSeq", equalTo(8)).body("firstBroken", nullValue());
    }

    @Test
    void manualLineMarkedPaidIsRecordedAsTheOperatorNamedIt() {
        var company = company(accounts, PaymentType.MANUAL);
        long employeeId = await(accounts.createEmployee(new Accounts.NewEmployee("Paid Manually", null, null, null)));
        String cp = TestSupport.newId("cp-paid");
        long link = await(accounts.link(company.code(), employeeId, cp, LONG_AGO));
        long statement = row(pool, """
                INSERT INTO statement (company_id, month, status, currency, closed_at) VALUES ($1, '2026-08-01',
                    'CLOSED', 'EUR', now()) RETURNING id""", Tuple.of(company.id())).getLong("id");
        long line = row(pool, """
                INSERT INTO statement_line (statement_id, company_id, employee_id, device_link_id, charge_point_id,
                    payment_type, sessions, energy_wh, cost, refund, status)
                VALUES ($1, $2, $3, $4, $5, 'MANUAL', 1, 1000, 0.20, 0.16, 'PENDING') RETURNING id""",
                Tuple.of(statement, company.id(), employeeId, link, cp)).getLong("id");

        TestSupport.operator().body("{\"by\":\"treasurer@acme.example\"}")
                .post("/api/operator/companies/{c}/statement-lines/{l}/complete", company.id(), line)
                .then().statusCode(204);

        admin(pool, company.id()).api().get("/api/panel/audit").then().statusCode(200)
                .body("items[0].action", equalTo("LINE_MARKED_PAID"))
                .body("items[0].entityId", equalTo(Long.toString(line)))
                .body("items[0].actor.email", equalTo("treasurer@acme.example"))
                .body("items[0].before.status", equalTo("PENDING")).body("items[0].after.status", equalTo("COMPLETED"));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        long companyId = company(accounts, PaymentType.AUTOMATIC).id();
        await(auditLog.append(companyId, AuditActor.SYSTEM, AuditAction.CARD_ADDED, "card", "tok_x", null,
                new JsonObject().put("last4", "4242")));

        assertThatThrownBy(() -> await(pool.preparedQuery("UPDATE audit_log SET actor_email = 'x' WHERE company_id = $1")
                .execute(Tuple.of(companyId)))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> await(pool.preparedQuery("DELETE FROM audit_log WHERE company_id = $1")
                .execute(Tuple.of(companyId)))).hasMessageContaining("append-only");
    }

    @Test
    void tamperingWithAnEntryOrRemovingOneIsFoundByVerify() {
        var company = company(accounts, PaymentType.AUTOMATIC);
        var admin = admin(pool, company.id());
        for (int i = 1; i <= 4; i++) {
            await(auditLog.append(company.id(), AuditActor.SYSTEM, AuditAction.TERMS_CHANGED, "company",
                    company.id(), new JsonObject().put("refundPercent", "8" + i), new JsonObject().put("n", i)));
        }
        admin.api().get("/api/panel/audit/verify").then().body("intact", equalTo(true));

        bypassingTheTrigger("UPDATE audit_log SET after = '{\"n\": 99}' WHERE company_id = $1 AND seq = 3",
                company.id());
        admin.api().get("/api/panel/audit/verify").then().statusCode(200).body("intact", equalTo(false))
                .body("firstBroken.seq", equalTo(3)).body("firstBroken.reason", equalTo(
                        "hash does not match the entry's content"))
                .body("entriesChecked", equalTo(2)).body("headSeq", equalTo(2));

        bypassingTheTrigger("DELETE FROM audit_log WHERE company_id = $1 AND seq = 3", company.id());
        admin.api().get("/api/panel/audit/verify").then().body("intact", equalTo(false))
                .body("firstBroken.seq", equalTo(4)).body("firstBroken.reason", equalTo("entries 3 to 3 are missing"));
    }

    @Test
    void concurrentAppendsKeepOneChain() {
        long companyId = company(accounts, PaymentType.AUTOMATIC).id();
        List<Future<Long>> appends = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            appends.add(auditLog.append(companyId, AuditActor.SYSTEM, AuditAction.RATE_CREATED, "rate", i, null,
                    new JsonObject().put("i", i)));
        }
        await(Future.all(appends));

        assertThat(rows(pool, "SELECT seq FROM audit_log WHERE company_id = $1 ORDER BY seq", Tuple.of(companyId)))
                .extracting(r -> r.getLong("seq")).containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, 24).boxed().toList());
        assertThat(await(auditLog.verify(companyId)).intact()).isTrue();
    }

    @Test
    void eachCompanyReadsOnlyItsOwnLogAndEmployeesNone() {
        var mine = company(accounts, PaymentType.AUTOMATIC);
        await(auditLog.append(mine.id(), AuditActor.SYSTEM, AuditAction.CARD_REMOVED, "card", "tok_y", null, null));
        var other = admin(pool, company(accounts, PaymentType.AUTOMATIC).id());
        other.api().get("/api/panel/audit").then().statusCode(200).body("items", hasSize(0));
        other.api().get("/api/panel/audit/verify").then().body("intact", equalTo(true))
                .body("entriesChecked", equalTo(0));
        employee(pool, accounts, "Eve Nosy").api().get("/api/panel/audit").then().statusCode(404);
        employee(pool, accounts, "Eve Nosy").api().get("/api/panel/audit/verify").then().statusCode(404);
    }

    private void bypassingTheTrigger(String sql, long companyId) {
        await(pool.withTransaction(c -> c.query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
                .execute()
                .compose(x -> c.preparedQuery(sql).execute(Tuple.of(companyId)))
                .compose(x -> c.query("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only").execute())));
    }
}
