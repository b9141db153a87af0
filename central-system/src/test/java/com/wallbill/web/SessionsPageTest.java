package com.wallbill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.PanelBillingFixture;
import com.wallbill.panel.PanelBillingFixture.Admin;
import com.wallbill.panel.PanelBillingFixture.Device;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Sessions list and a session's page in a real Chromium. */
@QuarkusTest
class SessionsPageTest {

    private static final Instant SEPTEMBER_EVENING = PanelBillingFixture.SEPTEMBER_EVENING;

    @TestHTTPResource("/")
    URI app;

    @TestHTTPResource("/ocpp")
    URI ocpp;

    @Inject
    Accounts accounts;

    @Inject
    Pool pool;

    @Test
    void listFiltersByDatesPagesByCursorExportsAndOpensASessionWithItsCurveAndSlots() throws Exception {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device ana = PanelBillingFixture.device(accounts, admin, "Ana Pérez");
        Device ben = PanelBillingFixture.device(accounts, admin, "Ben Okafor");
        List<Long> anas = PanelBillingFixture.sessions(ocpp, pool, ana, false, SEPTEMBER_EVENING,
                SEPTEMBER_EVENING.plus(Duration.ofDays(2)));
        long bens = PanelBillingFixture.sessions(ocpp, pool, ben, false, SEPTEMBER_EVENING.plus(Duration.ofDays(5)))
                .get(0);
        // 60 more in August: two pages of 50, newest (September's) first.
        PanelBillingFixture.bulkSessions(pool, admin, YearMonth.of(2026, 8), 60, ana, ben);

        try (Browser browser = Browser.desktop(app); Downloads downloads = Downloads.of(browser)) {
            SignedIn.open(browser, admin.token(), "#/sessions");
            browser.heading("Sessions");
            waitForRows(browser, 50);
            assertThat(ids(browser).subList(0, 3)).containsExactly(bens, anas.get(1), anas.get(0));
            WebElement first = browser.find(By.cssSelector("#view tr[data-session='" + anas.get(0) + "']"));
            assertThat(first.getText()).contains("17 Sept 2026, 00:00", "Ana Pérez", ana.chargePointId(), "3 h 00 min",
                    "18 kWh", "€3.17", "€2.54", "Month open");
            browser.screenshot("sessions-desktop");

            List<Long> firstPage = ids(browser);
            browser.click("Next");
            waitForRows(browser, 13);
            browser.waitForText("Page 2");
            assertThat(ids(browser)).doesNotContainAnyElementsOf(firstPage);
            browser.click("Previous");
            waitForRows(browser, 50);
            assertThat(ids(browser)).isEqualTo(firstPage);

            setDate(browser, "from", "2026-09-18");
            setDate(browser, "to", "2026-09-30");
            waitForRows(browser, 2);
            assertThat(ids(browser)).containsExactly(bens, anas.get(1));
            assertThat(browser.find(By.cssSelector("#view [data-page='next']")).isEnabled()).isFalse();
            browser.type("search", "okafor");
            browser.input("search").sendKeys(Keys.ENTER);
            waitForRows(browser, 1);
            assertThat(ids(browser)).containsExactly(bens);
            browser.input("search").clear();
            browser.input("search").sendKeys(Keys.ENTER);
            waitForRows(browser, 2);

            browser.find(By.cssSelector("#view button[data-download='sessions']")).click();
            Path file = downloads.await("sessions-", ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Session");
                assertThat(sheet.getLastRowNum()).isEqualTo(2); // the two sessions of the date range
                assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(bens);
            }

            browser.resize(360, 740);
            browser.screenshot("sessions-phone");
            assertThat(PhoneLayout.overflowing(browser)).isEmpty();
            browser.resize(1280, 900);

            browser.find(By.cssSelector("#view tr[data-session='" + anas.get(1) + "'] a")).click();
            browser.heading("Session " + anas.get(1));
            assertThat(fact(browser, "charger")).contains(ana.chargePointId());
            assertThat(fact(browser, "connector")).endsWith("connector 1");
            assertThat(fact(browser, "start")).contains("18 Sept 2026, 21:00");
            assertThat(fact(browser, "stop")).contains("19 Sept 2026, 00:00");
            assertThat(fact(browser, "energy")).contains("18 kWh");
            assertThat(fact(browser, "refund")).contains("€", "80%");
            String curve = browser.driver().findElement(By.cssSelector("#view .session-curve path.chart-line"))
                    .getAttribute("d");
            assertThat(curve).startsWith("M"); // four readings: one move and three lines
            assertThat(curve.chars().filter(c -> c == 'L').count()).isEqualTo(3);
            assertThat(browser.driver().findElement(By.cssSelector("#view .session-curve path.chart-area"))
                    .getAttribute("d")).contains("Z");
            assertThat(browser.all(By.cssSelector("#view .session-curve table.chart-data tbody tr"))).hasSize(4);
            List<WebElement> slots = browser.all(By.cssSelector("#view .session-slots tbody tr"));
            assertThat(slots).isNotEmpty();
            assertThat(browser.find(By.cssSelector("#view .session-slots")).getText()).contains("Weekdays",
                    "18:00–22:00", "€0.221");
            browser.screenshot("session-desktop");
            browser.resize(360, 740);
            browser.script("document.querySelector('#view .session-curve').scrollIntoView()");
            browser.screenshot("session-phone");
            assertThat(PhoneLayout.overflowing(browser)).isEmpty();
            browser.resize(1280, 900);

            browser.click("← Back to sessions");
            browser.heading("Sessions");
            waitForRows(browser, 2); // the list as it was left: the date range is kept
            browser.find(By.cssSelector("button[data-lang='es']")).click();
            browser.heading("Sesiones");
            waitForRows(browser, 2);
            assertThat(browser.find(By.cssSelector("#view thead")).getText()).contains("Fin", "Empleado", "Reembolso");
            assertThat(browser.find(By.cssSelector("#view tr[data-session='" + bens + "']")).getText())
                    .contains("22 sept 2026", "3,17 €", "Mes abierto");
        }
    }

    private static List<Long> ids(Browser browser) {
        return browser.all(By.cssSelector("#view tr[data-session]")).stream()
                .map(r -> Long.parseLong(r.getAttribute("data-session"))).toList();
    }

    private static String fact(Browser browser, String name) {
        return browser.find(By.cssSelector("#view [data-fact='" + name + "']")).getText();
    }

    private static void waitForRows(Browser browser, int rows) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("#view tr[data-session]")).size() == rows);
    }

    /** A date input's value set as the browser's date picker would, which fires the same change event. */
    private static void setDate(Browser browser, String name, String isoDate) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.input(name), isoDate);
    }
}
