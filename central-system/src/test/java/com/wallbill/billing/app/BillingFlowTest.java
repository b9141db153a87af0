package com.wallbill.billing.app;

import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.billing.app.BillingFixture.EMPLOYEE_IBAN;
import static com.wallbill.billing.app.BillingFixture.LONG_AGO;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.billing.app.BillingFixture.company;
import static com.wallbill.billing.app.BillingFixture.costedSessionOf;
import static com.wallbill.billing.app.BillingFixture.count;
import static com.wallbill.billing.app.BillingFixture.employee;
import static com.wallbill.billing.app.BillingFixture.rows;
import static com.wallbill.billing.app.BillingFixture.threeHourSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Sessions from a charger, through the running app, into costed sessions and monthly statements; month close
 * against real PostgreSQL with the sandbox payment provider.
 */
@QuarkusTest
class BillingFlowTest {

    /** Wednesday 16 September 2026, 21:00 local in Madrid (UTC+2). */
    private static final Instant SEPTEMBER_EVENING = Instant.parse("2026-09-16T19:00:00Z");
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @TestHTTPResource("/ocpp")
    URI http;

    @Inject
    Accounts accounts;

    @Inject
    MonthClose monthClose;

    @Inject
    Payments payments;

    @Inject
    BillingScheduler scheduler;

    @Inject
    Pool pool;

    @Test
    void chargerSessionIsCostedWithTheCompanysRateIntoTheMonthItEndedIn() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        String cp = linkedCharger(company, "Ana Pérez");

        Row costed = costedSessionOf(pool, cp);

        // 21-22 local at 0.2210 (7.4 kWh), 22-24 at 0.1450 (7.4 + 3.2 kWh): 3.1724 -> 3.17; 80% -> 2.536 -> 2.54.
        assertThat(costed.getBoolean("billable")).isTrue();
        assertThat(costed.getBigDecimal("energy_wh")).isEqualByComparingTo("18000");
        assertThat(costed.getBigDecimal("cost_exact")).isEqualByComparingTo("3.172400");
        assertThat(costed.getBigDecimal("cost")).isEqualByComparingTo("3.17");
        assertThat(costed.getBigDecimal("refund")).isEqualByComparingTo("2.54");
        assertThat(costed.getString("payment_type")).isEqualTo("AUTOMATIC");
        assertThat(costed.getBoolean("late")).isFalse();
        assertThat(costed.getJson("breakdown").toString()).contains("\"from\":\"18:00\"", "\"from\":\"22:00\"");

        var statement = statement(company.id(), SEPTEMBER);
        assertThat(statement.status()).isEqualTo("IN_PROGRESS");
        assertThat(statement.lines()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo("IN_PROGRESS");
            assertThat(line.chargePointId()).isEqualTo(cp);
            assertThat(line.refund()).isEqualByComparingTo("2.54");
        });
        assertThat(statement.refund()).isEqualByComparingTo("2.54");
    }

    @Test
    void monthClosedTwiceInParallelChargesPaysAndInvoicesExactlyOnce() throws Exception {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        String cp = linkedCharger(company, "Jörg Müller");
        costedSessionOf(pool, cp);

        List<MonthClose.Closed> closes = await(Future.all(List.of(monthClose.close(company.id(), SEPTEMBER),
                monthClose.close(company.id(), SEPTEMBER), monthClose.close(company.id(), SEPTEMBER))))
                .list();
        assertThat(closes).filteredOn(MonthClose.Closed::closedNow).hasSize(1);
        assertThat(await(monthClose.close(company.id(), SEPTEMBER)).closedNow()).isFalse();

        Tuple byCompany = Tuple.of(company.id());
        assertThat(count(pool, "SELECT count(*) FROM card_charge WHERE company_id = $1", byCompany)).isEqualTo(1);
        assertThat(count(pool, "SELECT count(*) FROM payout WHERE company_id = $1", byCompany)).isEqualTo(1);
        assertThat(count(pool, "SELECT count(*) FROM invoice WHERE company_id = $1", byCompany)).isEqualTo(1);
        assertThat(count(pool, """
                SELECT count(*) FROM sandbox_ledger l JOIN card_charge c
                  ON l.idempotency_key LIKE 'wallbill-charge-' || c.statement_id || '-%' WHERE c.company_id = $1""",
                byCompany)).isEqualTo(1);
        Row charge = rows(pool, "SELECT * FROM card_charge WHERE company_id = $1", byCompany).get(0);
        assertThat(charge.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(charge.getBigDecimal("amount")).isEqualByComparingTo("2.54");

        var statement = statement(company.id(), SEPTEMBER);
        assertThat(statement.status()).isEqualTo("CLOSED");
        assertThat(statement.lines()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo("COMPLETED");
            assertThat(line.completedBy()).isEqualTo("system");
        });

        byte[] pdf = operator().get("/api/operator/companies/{c}/statements/{m}/invoice", company.id(), "2026-09")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        byte[] again = operator().get("/api/operator/companies/{c}/statements/{m}/invoice", company.id(), "2026-09")
                .then().statusCode(200).extract().asByteArray();
        assertThat(again).isEqualTo(pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("B12345678", "Jörg Müller", cp, "2.54", Integer.toString(Instant.now()
                    .atZone(BillingFixture.MADRID).getYear()) + "-");
        }
    }

    @Test
    void closeInterruptedAfterFreezingTheMonthIsFinishedByTheNextBillingRun() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        String cp = linkedCharger(company, "Crash Test");
        costedSessionOf(pool, cp);

        // The process stops right after the month froze: no invoice, no payment yet.
        long statementId = await(monthClose.freeze(company.id(), SEPTEMBER)).statementId();
        Tuple byCompany = Tuple.of(company.id());
        assertThat(count(pool, "SELECT count(*) FROM invoice WHERE company_id = $1", byCompany)).isZero();

        await(scheduler.runOnce());
        await(scheduler.runOnce());

        assertThat(count(pool, "SELECT count(*) FROM invoice WHERE statement_id = $1", Tuple.of(statementId)))
                .isEqualTo(1);
        assertThat(count(pool, "SELECT count(*) FROM card_charge WHERE company_id = $1 AND status = 'SUCCEEDED'",
                byCompany)).isEqualTo(1);
        assertThat(statement(company.id(), SEPTEMBER).lines()).singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo("COMPLETED"));
    }

    @Test
    void declinedCardFailsTheAutomaticLinesWithTheReasonAndARetryWithANewCardPaysThem() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_sandbox_declined", true);
        String cp = linkedCharger(company, "Li Wei");
        costedSessionOf(pool, cp);

        await(monthClose.close(company.id(), SEPTEMBER));

        var failed = statement(company.id(), SEPTEMBER).lines().get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.statusReason()).isEqualTo("Card charge failed: Card declined");
        Tuple byCompany = Tuple.of(company.id());
        assertThat(count(pool, "SELECT count(*) FROM payout WHERE company_id = $1 AND status = 'WAITING'", byCompany))
                .isEqualTo(1);

        // The admin adds a working card; the retry is due (in production after wallbill.billing.payment-retry-delay).
        await(pool.preparedQuery("UPDATE company SET card_token = 'tok_mastercard' WHERE id = $1").execute(byCompany));
        await(pool.preparedQuery("UPDATE card_charge SET next_attempt_at = now() WHERE company_id = $1")
                .execute(byCompany));
        await(payments.runDue(100));

        Row charge = rows(pool, "SELECT * FROM card_charge WHERE company_id = $1", byCompany).get(0);
        assertThat(charge.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(charge.getInteger("attempt")).isEqualTo(2);
        assertThat(statement(company.id(), SEPTEMBER).lines().get(0).status()).isEqualTo("COMPLETED");
        // One declined and one successful request: the card was charged once.
        assertThat(rows(pool, """
                SELECT succeeded FROM sandbox_ledger WHERE idempotency_key LIKE 'wallbill-charge-' || $1::bigint || '-%'
                ORDER BY idempotency_key""", Tuple.of(charge.getLong("statement_id"))))
                .extracting(r -> r.getBoolean("succeeded")).containsExactly(false, true);
    }

    @Test
    void refusedPayoutFailsOnlyThatEmployeesLine() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        String cp = linkedCharger(company, "Closed Account", "DE94370400440532010000");
        costedSessionOf(pool, cp);

        await(monthClose.close(company.id(), SEPTEMBER));

        var line = statement(company.id(), SEPTEMBER).lines().get(0);
        assertThat(line.status()).isEqualTo("FAILED");
        assertThat(line.statusReason()).isEqualTo("Payout failed: Beneficiary account closed");
    }

    @Test
    void manualCompanysLinesStayPendingUntilAnAdminMarksThemPaidAndTheTransferFileListsThem() {
        var company = company(accounts, PaymentType.MANUAL, null, true);
        String cp = linkedCharger(company, "Núria Çelik");
        costedSessionOf(pool, cp);
        await(monthClose.close(company.id(), SEPTEMBER));

        var line = statement(company.id(), SEPTEMBER).lines().get(0);
        assertThat(line.status()).isEqualTo("PENDING");
        assertThat(count(pool, "SELECT count(*) FROM card_charge WHERE company_id = $1", Tuple.of(company.id())))
                .isZero();

        String xml = operator().get("/api/operator/companies/{c}/statements/{m}/sepa", company.id(), "2026-09")
                .then().statusCode(200).extract().asString();
        assertThat(xml).contains("pain.001.001.09", EMPLOYEE_IBAN, "<InstdAmt Ccy=\"EUR\">2.54</InstdAmt>",
                "Nuria Celik", "<NbOfTxs>1</NbOfTxs>", "<CtrlSum>2.54</CtrlSum>", "WB-");
        String again = operator().get("/api/operator/companies/{c}/statements/{m}/sepa", company.id(), "2026-09")
                .then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(xml);

        operator().body("{\"by\":\"admin@acme.example\"}")
                .post("/api/operator/companies/{c}/statement-lines/{l}/complete", company.id(), line.id())
                .then().statusCode(204);
        var paid = statement(company.id(), SEPTEMBER).lines().get(0);
        assertThat(paid.status()).isEqualTo("COMPLETED");
        assertThat(paid.completedBy()).isEqualTo("admin@acme.example");
        assertThat(paid.completedAt()).isNotNull();

        operator().body("{\"by\":\"admin@acme.example\"}")
                .post("/api/operator/companies/{c}/statement-lines/{l}/complete", company.id(), line.id())
                .then().statusCode(409);
        operator().get("/api/operator/companies/{c}/statements/{m}/sepa", company.id(), "2026-09")
                .then().statusCode(409);
    }

    @Test
    void sessionArrivingAfterItsMonthClosedGoesToTheOpenMonthMarkedLate() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        long employee = employee(accounts, "Late Larry", EMPLOYEE_IBAN);
        String first = newId("cp-late");
        await(accounts.link(company.code(), employee, first, LONG_AGO));
        await(monthClose.close(company.id(), SEPTEMBER));

        try (ScriptedChargePoint charger = bootedChargePoint(ocppEndpoint(http), first, OcppVersion.V16)) {
            threeHourSession(charger, SEPTEMBER_EVENING);
        }
        Row costed = costedSessionOf(pool, first);

        assertThat(costed.getBoolean("late")).isTrue();
        YearMonth now = YearMonth.now(BillingFixture.MADRID);
        assertThat(rows(pool, "SELECT month FROM statement WHERE id = $1", Tuple.of(costed.getLong("statement_id")))
                .get(0).getLocalDate("month")).isEqualTo(now.atDay(1));
        assertThat(costed.getOffsetDateTime("stopped_at").toInstant()).isEqualTo(SEPTEMBER_EVENING.plusSeconds(10800));
        assertThat(statement(company.id(), SEPTEMBER).lines()).isEmpty();
    }

    @Test
    void sessionOfAnUnlinkedChargerIsRecordedButNotBilled() {
        String cp = newId("cp-free");
        try (ScriptedChargePoint charger = bootedChargePoint(ocppEndpoint(http), cp, OcppVersion.V16)) {
            threeHourSession(charger, SEPTEMBER_EVENING);
        }
        Row costed = costedSessionOf(pool, cp);

        assertThat(costed.getBoolean("billable")).isFalse();
        assertThat(costed.getLong("company_id")).isNull();
        assertThat(costed.getBigDecimal("energy_wh")).isEqualByComparingTo("18000");
    }

    @Test
    void chargerWaitingForActivationIsCostedButNotBilled() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", false);
        String cp = linkedCharger(company, "Not Yet");
        Row costed = costedSessionOf(pool, cp);

        assertThat(costed.getBoolean("billable")).isFalse();
        assertThat(costed.getBigDecimal("cost")).isEqualByComparingTo("3.17");
        assertThat(statement(company.id(), SEPTEMBER).lines()).isEmpty();
    }

    @Test
    void termsChangedDuringASessionDoNotRepriceIt() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        long employee = employee(accounts, "Steady Sam", EMPLOYEE_IBAN);
        String cp = newId("cp-terms");
        long link = await(accounts.link(company.code(), employee, cp, LONG_AGO));
        // An hour into the session the device gets 50% and manual payment, and the rate doubles.
        Instant midSession = SEPTEMBER_EVENING.plusSeconds(3600);
        await(accounts.setDeviceTerms(link, new Accounts.DeviceTerms(true, PaymentType.MANUAL, new BigDecimal("50"),
                null), midSession));
        await(accounts.editRate(company.id(), company.defaultRateId(), doubled(), midSession));

        try (ScriptedChargePoint charger = bootedChargePoint(ocppEndpoint(http), cp, OcppVersion.V16)) {
            threeHourSession(charger, SEPTEMBER_EVENING);
        }
        Row costed = costedSessionOf(pool, cp);

        assertThat(costed.getBigDecimal("cost")).isEqualByComparingTo("3.17");
        assertThat(costed.getBigDecimal("refund")).isEqualByComparingTo("2.54");
        assertThat(costed.getBigDecimal("refund_percent")).isEqualByComparingTo("80");
        assertThat(costed.getString("payment_type")).isEqualTo("AUTOMATIC");
    }

    @Test
    void excludedSessionIsLeftOutOfTheClosedMonth() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        String cp = linkedCharger(company, "Flagged Fred");
        long sessionId = costedSessionOf(pool, cp).getLong("session_id");

        operator().body("{\"decision\":\"EXCLUDED\",\"by\":\"admin@acme.example\"}")
                .post("/api/operator/companies/{c}/sessions/{s}/review", company.id(), sessionId)
                .then().statusCode(204);
        await(monthClose.close(company.id(), SEPTEMBER));

        var statement = statement(company.id(), SEPTEMBER);
        assertThat(statement.lines()).isEmpty();
        assertThat(statement.refund()).isEqualByComparingTo("0");
        // Accepting it after the close leaves the closed month alone and pays it in the open month.
        operator().body("{\"decision\":\"ACCEPTED\",\"by\":\"admin@acme.example\"}")
                .post("/api/operator/companies/{c}/sessions/{s}/review", company.id(), sessionId)
                .then().statusCode(204);
        assertThat(statement(company.id(), SEPTEMBER).lines()).isEmpty();
        assertThat(statement(company.id(), YearMonth.now(BillingFixture.MADRID)).lines()).singleElement()
                .satisfies(line -> {
                    assertThat(line.kind()).isEqualTo("ADJUSTMENT");
                    assertThat(line.refund()).isEqualByComparingTo("2.54");
                });
    }

    @Test
    void sessionExcludedAfterItsMonthClosedIsTakenBackInTheOpenMonthNotEditedInTheClosedOne() {
        var company = company(accounts, PaymentType.MANUAL, null, true);
        String cp = linkedCharger(company, "Twice Paid");
        long sessionId = costedSessionOf(pool, cp).getLong("session_id");
        await(monthClose.close(company.id(), SEPTEMBER));

        operator().body("{\"decision\":\"EXCLUDED\",\"by\":\"admin@acme.example\"}")
                .post("/api/operator/companies/{c}/sessions/{s}/review", company.id(), sessionId)
                .then().statusCode(204);
        // Excluding it again changes nothing more.
        operator().body("{\"decision\":\"EXCLUDED\",\"by\":\"admin@acme.example\"}")
                .post("/api/operator/companies/{c}/sessions/{s}/review", company.id(), sessionId)
                .then().statusCode(204);

        var closed = statement(company.id(), SEPTEMBER);
        assertThat(closed.refund()).isEqualByComparingTo("2.54");
        assertThat(closed.lines()).singleElement().satisfies(line -> assertThat(line.kind()).isEqualTo("SESSIONS"));
        var open = statement(company.id(), YearMonth.now(BillingFixture.MADRID));
        assertThat(open.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo("ADJUSTMENT");
            assertThat(line.refund()).isEqualByComparingTo("-2.54");
            assertThat(line.cost()).isEqualByComparingTo("-3.17");
        });
        assertThat(open.refund()).isEqualByComparingTo("-2.54");
    }

    @Test
    void monthThatIsNotOverCannotClose() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        operator().post("/api/operator/companies/{c}/statements/{m}/close", company.id(),
                YearMonth.now(BillingFixture.MADRID).toString()).then().statusCode(409);
        operator().post("/api/operator/companies/{c}/statements/{m}/close", company.id(), "2026-13")
                .then().statusCode(400);
    }

    private static com.wallbill.billing.rate.Tariff doubled() {
        return com.wallbill.billing.rate.Tariff.flat(BillingFixture.EUR, new BigDecimal("0.50"),
                new BigDecimal("0.50"));
    }

    private String linkedCharger(Accounts.CreatedCompany company, String employeeName) {
        return linkedCharger(company, employeeName, EMPLOYEE_IBAN);
    }

    private String linkedCharger(Accounts.CreatedCompany company, String employeeName, String iban) {
        long employee = employee(accounts, employeeName, iban);
        String cp = newId("cp-bill");
        await(accounts.link(company.code(), employee, cp, LONG_AGO));
        try (ScriptedChargePoint charger = bootedChargePoint(ocppEndpoint(http), cp, OcppVersion.V16)) {
            threeHourSession(charger, SEPTEMBER_EVENING);
        }
        return cp;
    }

    private static Statements.StatementView statement(long companyId, YearMonth month) {
        String body = operator().get("/api/operator/companies/{c}/statements/{m}", companyId, month.toString())
                .then().statusCode(200).extract().asString();
        try {
            return TestSupport.JSON.copy().findAndRegisterModules().readValue(body, Statements.StatementView.class);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
