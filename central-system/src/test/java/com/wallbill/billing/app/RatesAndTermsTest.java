package com.wallbill.billing.app;

import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.billing.app.BillingFixture.EMPLOYEE_IBAN;
import static com.wallbill.billing.app.BillingFixture.LONG_AGO;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.billing.app.BillingFixture.company;
import static com.wallbill.billing.app.BillingFixture.employee;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Rates and terms through the operator API: one default at all times, versions, device activation, errors. */
@QuarkusTest
class RatesAndTermsTest {

    private static final String FLAT = """
            {"name":"%s","rate":{"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.20"},
             "weekend":{"pricePerKwh":"0.12"}}}""";

    @Inject
    Accounts accounts;

    @Test
    void defaultRateCannotBeDeletedUntilAnotherIsMadeDefault() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        long second = TestSupport.parse(operator().body(FLAT.formatted("Night")).post(
                "/api/operator/companies/{c}/rates", company.id()).then().statusCode(200).extract().asString())
                .path("id").asLong();

        operator().delete("/api/operator/companies/{c}/rates/{r}", company.id(), company.defaultRateId())
                .then().statusCode(409);
        operator().body("{\"rateId\":" + second + "}").put("/api/operator/companies/{c}/default-rate", company.id())
                .then().statusCode(204);
        operator().delete("/api/operator/companies/{c}/rates/{r}", company.id(), company.defaultRateId())
                .then().statusCode(204);
        operator().delete("/api/operator/companies/{c}/rates/{r}", company.id(), second).then().statusCode(409);
        // A deleted rate can neither be edited nor made default again.
        operator().body(FLAT.formatted("Old")).put("/api/operator/companies/{c}/rates/{r}", company.id(),
                company.defaultRateId()).then().statusCode(404);
        operator().body("{\"rateId\":" + company.defaultRateId() + "}")
                .put("/api/operator/companies/{c}/default-rate", company.id()).then().statusCode(404);
    }

    @Test
    void rateAssignedToADeviceCannotBeDeleted() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        long rate = await(accounts.createRate(company.id(), "Device rate",
                com.wallbill.billing.rate.Tariff.flat(BillingFixture.EUR, new java.math.BigDecimal("0.1"),
                        new java.math.BigDecimal("0.1")), LONG_AGO));
        long link = await(accounts.link(company.code(), employee(accounts, "Rita Rate", EMPLOYEE_IBAN),
                TestSupport.newId("cp-rate"), LONG_AGO));
        operator().body("{\"loggingActive\":true,\"rateId\":" + rate + "}").put("/api/operator/links/{l}/terms", link)
                .then().statusCode(204);

        operator().delete("/api/operator/companies/{c}/rates/{r}", company.id(), rate).then().statusCode(409);
    }

    @Test
    void rateOfAnotherCompanyCannotBeAssignedOrDeleted() {
        var mine = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        var theirs = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        long link = await(accounts.link(mine.code(), employee(accounts, "Nosy Ned", EMPLOYEE_IBAN),
                TestSupport.newId("cp-other"), LONG_AGO));

        operator().body("{\"loggingActive\":true,\"rateId\":" + theirs.defaultRateId() + "}")
                .put("/api/operator/links/{l}/terms", link).then().statusCode(404);
        operator().delete("/api/operator/companies/{c}/rates/{r}", mine.id(), theirs.defaultRateId())
                .then().statusCode(404);
    }

    @Test
    void invalidRatesAndTermsAreRefusedNamingTheField() {
        var company = company(accounts, PaymentType.AUTOMATIC, "tok_visa", true);
        operator().body("""
                {"name":"Gap","rate":{"type":"HOURLY","currency":"EUR",
                 "weekday":[{"from":"00:00","to":"08:00","pricePerKwh":"0.1"},{"from":"09:00","to":"24:00","pricePerKwh":"0.2"}],
                 "weekend":[{"from":"00:00","to":"24:00","pricePerKwh":"0.1"}]}}""")
                .post("/api/operator/companies/{c}/rates", company.id()).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("contiguous"));
        operator().body("""
                {"name":"Neg","rate":{"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"-0.1"},
                 "weekend":{"pricePerKwh":"0.1"}}}""")
                .post("/api/operator/companies/{c}/rates", company.id()).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("negative"));
        operator().body("{\"refundPercent\":\"120\",\"paymentType\":\"MANUAL\",\"autoActivate\":true,"
                + "\"defaultRateId\":" + company.defaultRateId() + "}")
                .put("/api/operator/companies/{c}/terms", company.id()).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("refundPercent"));
        operator().body("{\"name\":\"X\",\"iban\":\"ES9121000418450200051333\"}").post("/api/operator/employees")
                .then().statusCode(400);
    }

    @Test
    void sandboxLedgerIsVisible() {
        String body = operator().get("/api/operator/sandbox/ledger?limit=5").then().statusCode(200).extract()
                .asString();
        assertThat(TestSupport.parse(body).path("items").isArray()).isTrue();
    }
}
