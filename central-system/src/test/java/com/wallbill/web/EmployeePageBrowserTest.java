package com.wallbill.web;

import static com.wallbill.central.TestSupport.at;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.central.TestSupport.eventually;
import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.link;
import static com.wallbill.central.TestSupport.mailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.panel.PanelFixture;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The employee's page on a 360 px phone screen, in a real Chromium against the real app: sign up, verify by the
 * mailed link, log in, add a charger and read its connection details, enter a bank account (a wrong one is refused
 * at the field), link the charger with a company code, and see a real OCPP session of it among "my sessions".
 */
@QuarkusTest
class EmployeePageBrowserTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PASSWORD = "correct horse battery";
    private static final String IBAN = "ES9121000418450200051332";
    /** The same IBAN with its last digit changed: the check digits no longer match. */
    private static final String WRONG_IBAN = "ES9121000418450200051333";

    @TestHTTPResource("/")
    URI app;

    @TestHTTPResource("/ocpp")
    URI ocpp;

    @Inject
    Accounts accounts;

    @Inject
    Pool pool;

    @Test
    void employeeSignsUpConnectsAChargerSetsAnIbanLinksToTheCompanyAndSeesTheSession() {
        PanelFixture.Admin company = pricedCompany();
        String email = TestSupport.newId("lucia") + "@home.example";
        String chargerId = TestSupport.newId("cp-lucia");

        try (Browser browser = Browser.phone(app)) {
            browser.go("#/signup/employee");
            browser.heading("Create your employee account");
            browser.type("name", "Lucía Gómez");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            step(browser, "employee-01-signup");
            browser.click("Create account");
            browser.heading("Check your e-mail");
            browser.waitForText(email);
            step(browser, "employee-02-check-mail");

            browser.openMailedLink(link(mailTo(email, "Verify")));
            browser.waitForText("Your e-mail address is verified.");
            step(browser, "employee-03-verified");
            browser.click("Log in");
            browser.heading("Log in");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.click("Log in");
            browser.heading("Hello, Lucía Gómez");
            browser.waitForText("Getting started");
            step(browser, "employee-04-home");

            tap(browser, "Add a charger");
            browser.type("chargePointId", chargerId);
            String chargerPassword = browser.input("password").getAttribute("value");
            assertThat(chargerPassword).hasSize(20);
            step(browser, "employee-05-add-charger");
            tap(browser, "Add charger");
            WebElement details = browser.find(By.cssSelector("[data-charger='" + chargerId + "'] .how-to"));
            assertThat(value(details, "url")).isEqualTo(TestSupport.ocppEndpoint(app) + "ocpp/" + chargerId);
            assertThat(value(details, "id")).isEqualTo(chargerId);
            assertThat(value(details, "password")).isEqualTo(chargerPassword);
            step(browser, "employee-06-connection-details");
            // The charger is configured with exactly what the page showed.
            try (ScriptedChargePoint charger = ScriptedChargePoint.connect(TestSupport.ocppEndpoint(ocpp), chargerId,
                    OcppVersion.V16, value(details, "password"))) {
                assertThat(charger.call("BootNotification", json(
                        "{\"chargePointVendor\":\"Wallbox\",\"chargePointModel\":\"Pulsar Plus\"}"))
                        .path("status").asText()).isEqualTo("Accepted");

                tap(browser, "Add bank account");
                browser.type("iban", WRONG_IBAN);
                tap(browser, "Save");
                assertThat(browser.fieldError("iban")).contains("check digits");
                centre(browser, browser.input("iban"));
                step(browser, "employee-07-iban-refused");
                browser.type("iban", IBAN);
                tap(browser, "Save");
                browser.waitForText("ES91 **** **** **** **** 1332");
                assertThat(pageText(browser)).doesNotContain(IBAN).contains("Waiting for your company to confirm");
                centre(browser, browser.find(By.id("me-iban")));
                step(browser, "employee-08-iban-masked");

                browser.type("companyCode", "NOSUCHCODE12");
                tap(browser, "Link to my company");
                assertThat(browser.fieldError("companyCode")).isNotBlank();
                browser.type("companyCode", company.code());
                tap(browser, "Link to my company");
                browser.waitForText("Your charges are recorded for refunds.");
                assertThat(pageText(browser)).contains("Last connected", "Wallbox Pulsar Plus · OCPP 1.6");
                centre(browser, browser.find(By.cssSelector("[data-charger='" + chargerId + "'] .link")));
                step(browser, "employee-09-linked");

                twoMinuteSession(charger);
            }
            eventually(() -> costed(chargerId));
            browser.reload();
            WebElement session = browser.find(By.cssSelector("#me-sessions [data-session]"));
            assertThat(session.getText()).contains("0.2 kWh", "€0.04", "€0.03", "Month open", chargerId);
            centre(browser, session);
            step(browser, "employee-10-my-sessions");
            // Everything a new employee has to do is done: the checklist has gone.
            assertThat(browser.find(By.id("me-iban")).isDisplayed()).isTrue();
            assertThat(browser.all(By.cssSelector(".me-steps")).get(0).isDisplayed()).isFalse();

            tap(browser, "Edit my details");
            browser.type("address.streetName", "Gran Vía");
            browser.type("address.buildingNumber", "22");
            browser.type("address.postCode", "28013");
            browser.type("address.townName", "Madrid");
            tap(browser, "Save");
            assertThat(browser.fieldError("address.countryCode")).contains("required");
            browser.choose("address.countryCode", "ES");
            tap(browser, "Save");
            browser.waitForText("Gran Vía 22, 28013 Madrid, Spain");
            centre(browser, browser.find(By.id("me-profile")));
            step(browser, "employee-11-details");

            tap(browser, "Menu");
            WebElement spanish = browser.find(By.cssSelector("button[data-lang='es']"));
            centre(browser, spanish);
            spanish.click();
            browser.heading("Hola, Lucía Gómez");
            session = browser.find(By.cssSelector("#me-sessions [data-session]"));
            assertThat(session.getText()).contains("0,2 kWh", "Mes abierto");
            centre(browser, session);
            step(browser, "employee-12-spanish");

            browser.resize(1280, 900);
            browser.script("window.scrollTo(0, 0)");
            assertThat(browser.overflowsSideways()).isFalse();
            browser.screenshot("employee-13-desktop");
        }
    }

    /** A company registered through the panel API, with a priced rate (0.20/kWh) and 80 % refunds on link. */
    private PanelFixture.Admin pricedCompany() {
        PanelFixture.Admin admin = PanelFixture.admin(app);
        long rate = await(accounts.createRate(admin.companyId(), "Flat", Tariff.flat(EUR, new BigDecimal("0.20"),
                new BigDecimal("0.20")), LONG_AGO));
        // From now: the terms the registration gave the company (no auto-activation) are newer than LONG_AGO.
        await(accounts.setTerms(admin.companyId(), new Accounts.Terms(new BigDecimal("80"), PaymentType.MANUAL, true),
                rate, Instant.now()));
        return admin;
    }

    /**
     * 200 Wh in two minutes, starting just after the link (a session that started before it would not be the
     * company's); the charger's clock may run a few minutes ahead of ours without the session being questioned.
     */
    private static void twoMinuteSession(ScriptedChargePoint cp) {
        Instant start = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        JsonNode started = cp.call("StartTransaction", json("""
                {"connectorId":1,"idTag":"TAG-1","meterStart":1000000,"timestamp":"%s"}""".formatted(at(start))));
        int tx = started.path("transactionId").asInt();
        cp.call("MeterValues", json("""
                {"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[
                  {"value":"1000100","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}"""
                .formatted(tx, at(start.plusSeconds(60)))));
        cp.call("StopTransaction", json("""
                {"transactionId":%d,"idTag":"TAG-1","meterStop":1000200,"timestamp":"%s","reason":"EVDisconnected"}"""
                .formatted(tx, at(start.plusSeconds(120)))));
    }

    private Boolean costed(String chargerId) {
        var rows = await(pool.preparedQuery("SELECT 1 FROM costed_session WHERE charge_point_id = $1 AND billable")
                .execute(Tuple.of(chargerId)));
        return rows.size() == 0 ? null : true;
    }

    /** A screenshot of the step, after checking that nothing on the page is wider than the phone's screen. */
    private static void step(Browser browser, String name) {
        browser.screenshot(name);
        Number viewport = (Number) browser.script("return window.innerWidth");
        Number width = (Number) browser.script("return document.documentElement.scrollWidth");
        assertThat(viewport.intValue()).as("viewport width").isEqualTo(360);
        assertThat(width.intValue()).as("page width at " + name).isLessThanOrEqualTo(360);
    }

    /**
     * Clicks the button or link reading {@code text} once it is in the middle of the screen: at the top edge the
     * phone's sticky menu bar would take the click, which no person scrolling to it would meet.
     */
    private static void tap(Browser browser, String text) {
        centre(browser, browser.find(By.xpath("//*[self::button or self::a][normalize-space()='" + text + "']")));
        browser.click(text);
    }

    private static void centre(Browser browser, WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static String value(WebElement details, String kind) {
        return details.findElement(By.cssSelector("code[id^='ocpp-" + kind + "-']")).getText();
    }

    private static String pageText(Browser browser) {
        return browser.find(By.id("view")).getText();
    }
}
