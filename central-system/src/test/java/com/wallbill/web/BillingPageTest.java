package com.wallbill.web;

import static com.wallbill.central.TestSupport.await;
import static com.wallbill.panel.PanelBillingFixture.SEPTEMBER;
import static com.wallbill.panel.PanelBillingFixture.SEPTEMBER_EVENING;
import static com.wallbill.panel.PanelBillingFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.MonthClose;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.PanelBillingFixture;
import com.wallbill.panel.PanelBillingFixture.Admin;
import com.wallbill.panel.PanelBillingFixture.Device;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The Billing screen in a real Chromium on a closed month of manual refunds. */
@QuarkusTest
class BillingPageTest {

    @TestHTTPResource("/")
    URI app;

    @TestHTTPResource("/ocpp")
    URI ocpp;

    @Inject
    Accounts accounts;

    @Inject
    MonthClose monthClose;

    @Inject
    Pool pool;

    @Test
    void closedMonthShowsItsTotalsTwelveMonthsAndPaysAManualLineThenDownloadsTheLines() throws Exception {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device ana = PanelBillingFixture.device(accounts, admin, "Ana Pérez");
        Device ben = PanelBillingFixture.device(accounts, admin, "Ben Okafor");
        PanelBillingFixture.sessions(ocpp, pool, ana, false, SEPTEMBER_EVENING,
                SEPTEMBER_EVENING.plus(Duration.ofDays(2)));
        PanelBillingFixture.sessions(ocpp, pool, ben, false, SEPTEMBER_EVENING.plus(Duration.ofDays(5)));
        await(monthClose.close(admin.companyId(), SEPTEMBER));
        JsonPath month = body(admin.api().get("/api/panel/billing/months/2026-09").then().statusCode(200));

        try (Browser browser = Browser.desktop(app); Downloads downloads = Downloads.of(browser)) {
            SignedIn.open(browser, admin.token(), "#/billing?month=2026-09");
            browser.heading("Billing");
            assertThat(card(browser, "refund")).contains(euros(month.getString("refund")));
            assertThat(card(browser, "cost")).contains(euros(month.getString("cost")));
            assertThat(card(browser, "energy")).contains("54 kWh").contains("3 sessions in 2 lines");
            assertThat(card(browser, "status")).contains("Closed", "Invoice " + month.getString("invoiceNumber"),
                    "2 pending");

            List<WebElement> months = browser.all(By.cssSelector("#view .billing-chart svg .chart-category"));
            assertThat(months).hasSize(12);
            assertThat(browser.all(By.cssSelector("#view .billing-chart table.chart-data tbody tr"))).hasSize(12);
            // SVG parts are looked up without waiting for visibility: a <title> is never "visible".
            WebElement september = browser.driver().findElement(By.cssSelector("#view .billing-chart .chart-selected"));
            assertThat(september.findElements(By.cssSelector("rect.chart-bar"))).hasSize(1);
            assertThat(browser.driver().findElement(By.cssSelector("#view .billing-chart svg > title"))
                    .getAttribute("textContent")).isEqualTo("Energy and refund, last 12 months");
            assertThat(browser.driver().findElement(By.cssSelector("#view .billing-chart path.chart-line"))
                    .getAttribute("d")).startsWith("M");
            browser.screenshot("billing-desktop");

            WebElement anaRow = row(browser, "Ana Pérez");
            assertThat(anaRow.findElement(By.cssSelector("[data-line-status]")).getText()).isEqualTo("Pending");
            anaRow.findElement(By.cssSelector("button[data-action='mark-paid']")).click();
            WebElement dialog = browser.find(By.cssSelector("dialog[open]"));
            assertThat(dialog.getText()).contains("Ana Pérez", "bank transfer");
            dialog.findElement(By.xpath(".//button[normalize-space()='Mark paid']")).click();
            browser.waitForText("Refund to Ana Pérez marked as paid");

            browser.driver().navigate().refresh();
            browser.heading("Billing");
            anaRow = row(browser, "Ana Pérez");
            assertThat(anaRow.findElement(By.cssSelector("[data-line-status]")).getText()).isEqualTo("Paid");
            assertThat(anaRow.getText()).contains("by " + admin.email());
            assertThat(anaRow.findElements(By.cssSelector("button[data-action='mark-paid']"))).isEmpty();
            assertThat(row(browser, "Ben Okafor").findElement(By.cssSelector("[data-line-status]")).getText())
                    .isEqualTo("Pending");
            assertThat(card(browser, "status")).contains("1 pending · 1 paid");

            browser.type("search", "okafor");
            browser.input("search").sendKeys(Keys.ENTER);
            waitForRows(browser, 1);
            browser.find(By.cssSelector("#view button[data-download='excel']")).click();
            Path file = downloads.await("statement-2026-09", ".xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Employee");
                assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Ben Okafor");
                assertThat(sheet.getLastRowNum()).isEqualTo(2); // header, Ben's line, totals
            }
            browser.find(By.cssSelector("#view button[data-download='invoice']")).click();
            assertThat(Files.readString(downloads.await("invoice-" + month.getString("invoiceNumber"), ".pdf"),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
            browser.find(By.cssSelector("#view button[data-download='sepa']")).click();
            assertThat(Files.readString(downloads.await("refunds-2026-09", ".xml")))
                    .contains("<NbOfTxs>1</NbOfTxs>", "Ben Okafor").doesNotContain("Ana Perez");

            browser.resize(360, 740);
            browser.input("search").clear();
            browser.input("search").sendKeys(Keys.ENTER);
            waitForRows(browser, 2);
            browser.screenshot("billing-phone");
            assertThat(PhoneLayout.overflowing(browser)).isEmpty();
        }
    }

    private static String card(Browser browser, String name) {
        return browser.find(By.cssSelector("#view [data-card='" + name + "']")).getText();
    }

    private static WebElement row(Browser browser, String employee) {
        return browser.find(By.xpath("//*[@id='view']//table[contains(@class,'billing-table')]"
                + "//tr[th[normalize-space()='" + employee + "']]"));
    }

    private static void waitForRows(Browser browser, int rows) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("#view .billing-table tbody tr")).size() == rows);
    }

    /** An amount as the panel shows euros in English: €7.62. */
    private static String euros(String amount) {
        return "€" + new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
