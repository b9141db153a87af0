package com.wallbill.panel;

import com.wallbill.central.TestSupport;
import static com.wallbill.panel.PanelBillingFixture.SEPTEMBER;
import static com.wallbill.panel.PanelBillingFixture.SEPTEMBER_EVENING;
import static com.wallbill.central.TestSupport.await;
import static com.wallbill.panel.PanelBillingFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.MonthClose;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.panel.PanelBillingFixture.Admin;
import com.wallbill.panel.PanelBillingFixture.Device;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The panel's billing endpoints against the real app: months, summaries, lines, paying, documents, Excel. */
@QuarkusTest
class PanelBillingTest {

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
    void openMonthIsSummedLiveThenClosedLinesArePaidByHandAndDownloaded() throws Exception {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device ana = PanelBillingFixture.device(accounts, admin, "Ana Pérez");
        Device ben = PanelBillingFixture.device(accounts, admin, "Ben Okafor");
        PanelBillingFixture.sessions(ocpp, pool, ana, false, SEPTEMBER_EVENING, SEPTEMBER_EVENING.plus(Duration.ofDays(2)));
        PanelBillingFixture.sessions(ocpp, pool, ben, false, SEPTEMBER_EVENING.plus(Duration.ofDays(5)));
        Instant recent = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
        PanelBillingFixture.sessions(ocpp, pool, ana, false, recent);
        YearMonth current = YearMonth.from(recent.plusSeconds(10800).atZone(PanelBillingFixture.MADRID));

        JsonPath months = body(admin.api().get("/api/panel/billing/months").then().statusCode(200));
        assertThat(months.getList("items.month")).containsExactly(current.toString(), "2026-09");
        assertThat(months.getList("items.status")).containsOnly("IN_PROGRESS");
        assertThat(months.getInt("items[1].sessions")).isEqualTo(3);
        assertThat(months.<Object>get("next")).isNull();

        JsonPath open = body(admin.api().get("/api/panel/billing/months/2026-09").then().statusCode(200));
        assertThat(open.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(open.getInt("lines")).isEqualTo(2);
        assertThat(open.getList("byStatus.status")).containsExactly("IN_PROGRESS", "PENDING", "COMPLETED", "FAILED");
        assertThat(open.getInt("byStatus[0].lines")).isEqualTo(2);
        assertThat(open.<Object>get("invoiceNumber")).isNull();
        BigDecimal openRefund = new BigDecimal(open.getString("refund"));
        assertThat(new BigDecimal(months.getString("items[1].refund"))).isEqualByComparingTo(openRefund);

        JsonPath openLines = body(admin.api().get("/api/panel/billing/months/2026-09/lines").then().statusCode(200));
        assertThat(openLines.getList("items.employeeName")).containsExactly("Ana Pérez", "Ben Okafor");
        assertThat(openLines.getList("items.id")).containsOnlyNulls();
        assertThat(openLines.getList("items.status")).containsOnly("IN_PROGRESS");
        assertThat(openLines.getInt("items[0].sessions")).isEqualTo(2);
        assertThat(filteredLines(admin, Map.of("search", "OKAF"))).containsExactly("Ben Okafor");
        admin.api().get("/api/panel/billing/months/2026-09/sepa").then().statusCode(409)
                .contentType("application/problem+json");
        admin.api().get("/api/panel/billing/months/2026-09/invoice").then().statusCode(404);

        await(monthClose.close(admin.companyId(), SEPTEMBER));

        JsonPath closed = body(admin.api().get("/api/panel/billing/months/2026-09").then().statusCode(200));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("invoiceNumber")).matches("\\d{4}-\\d{6}");
        assertThat(closed.getInt("byStatus[1].lines")).isEqualTo(2);
        assertThat(new BigDecimal(closed.getString("refund"))).isEqualByComparingTo(openRefund);
        assertThat(new BigDecimal(closed.getString("energyKwh"))).isEqualByComparingTo("54");
        JsonPath listed = body(admin.api().get("/api/panel/billing/months").then().statusCode(200));
        assertThat(listed.getString("items[1].status")).isEqualTo("CLOSED");
        assertThat(new BigDecimal(listed.getString("items[1].refund"))).isEqualByComparingTo(openRefund);

        JsonPath lines = body(admin.api().get("/api/panel/billing/months/2026-09/lines").then().statusCode(200));
        assertThat(lines.getList("items.status")).containsOnly("PENDING");
        assertThat(lines.getList("items.paymentType")).containsOnly("MANUAL");
        long anaLine = lines.getLong("items[0].id");
        assertThat(lines.getString("items[0].chargePointId")).isEqualTo(ana.chargePointId());
        assertThat(filteredLines(admin, Map.of("employeeId", ben.employeeId()))).containsExactly("Ben Okafor");
        assertThat(filteredLines(admin, Map.of("deviceId", ana.chargePointId().substring(0, 12))))
                .containsExactly("Ana Pérez");
        assertThat(filteredLines(admin, Map.of("paymentType", "AUTOMATIC"))).isEmpty();
        assertThat(filteredLines(admin, Map.of("status", "IN_PROGRESS"))).isEmpty();
        assertThat(filteredLines(admin, Map.of("search", "pérez"))).containsExactly("Ana Pérez");
        assertThat(filteredLines(admin, Map.of("search", ben.chargePointId().substring(0, 12).toUpperCase())))
                .containsExactly("Ben Okafor");
        assertThat(filteredLines(admin, Map.of("search", "nobody"))).isEmpty();
        JsonPath firstPage = body(admin.api().queryParam("limit", 1).get("/api/panel/billing/months/2026-09/lines")
                .then().statusCode(200));
        assertThat(firstPage.getInt("next")).isEqualTo(1);
        assertThat(body(admin.api().queryParam("offset", 1).queryParam("limit", 1)
                .get("/api/panel/billing/months/2026-09/lines").then().statusCode(200))
                .getList("items.employeeName")).containsExactly("Ben Okafor");

        byte[] pdf = admin.api().get("/api/panel/billing/months/2026-09/invoice").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String sepa = admin.api().get("/api/panel/billing/months/2026-09/sepa").then().statusCode(200)
                .contentType("application/xml").extract().asString();
        assertThat(sepa).contains("<NbOfTxs>2</NbOfTxs>", "Ana Perez", "Ben Okafor");

        assertSheetTotals(admin, Map.of(), closed, 2);
        assertSheetTotals(admin, Map.of("employeeId", ana.employeeId()), null, 1);
        assertSheetTotals(admin, Map.of("search", "okafor"), null, 1);

        admin.api().post("/api/panel/billing/lines/{id}/complete", anaLine).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedBy", equalTo(admin.email()))
                .body("id", equalTo((int) anaLine));
        admin.api().post("/api/panel/billing/lines/{id}/complete", anaLine).then().statusCode(409)
                .contentType("application/problem+json");
        JsonPath after = body(admin.api().get("/api/panel/billing/months/2026-09").then().statusCode(200));
        assertThat(after.getInt("byStatus[1].lines")).isEqualTo(1);
        assertThat(after.getInt("byStatus[2].lines")).isEqualTo(1);
        assertThat(filteredLines(admin, Map.of("status", "COMPLETED"))).containsExactly("Ana Pérez");
        assertThat(admin.api().get("/api/panel/billing/months/2026-09/sepa").then().statusCode(200).extract()
                .asString()).contains("<NbOfTxs>1</NbOfTxs>").doesNotContain("Ana Perez");
    }

    @Test
    void automaticLinePaidByTheSystemCannotBeMarkedPaidByHand() {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.AUTOMATIC);
        Device device = PanelBillingFixture.device(accounts, admin, "Li Wei");
        PanelBillingFixture.sessions(ocpp, pool, device, false, SEPTEMBER_EVENING);
        await(monthClose.close(admin.companyId(), SEPTEMBER));

        JsonPath lines = body(admin.api().get("/api/panel/billing/months/2026-09/lines").then().statusCode(200));
        assertThat(lines.getString("items[0].paymentType")).isEqualTo("AUTOMATIC");
        assertThat(lines.getString("items[0].status")).isEqualTo("COMPLETED");
        admin.api().post("/api/panel/billing/lines/{id}/complete", lines.getLong("items[0].id")).then()
                .statusCode(409);
        admin.api().get("/api/panel/billing/months/2026-09/sepa").then().statusCode(409);
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        admin.api().get("/api/panel/billing/months/2026-13").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("month"));
        admin.api().get("/api/panel/billing/months/2026-01").then().statusCode(404)
                .contentType("application/problem+json");
        admin.api().queryParam("limit", 501).get("/api/panel/billing/months").then().statusCode(400)
                .body("detail", startsWith("limit"));
        admin.api().queryParam("offset", "x").get("/api/panel/billing/months").then().statusCode(400)
                .body("detail", startsWith("offset"));
        for (Map.Entry<String, String> bad : Map.of("paymentType", "CARD", "status", "PAID", "employeeId", "ana",
                "limit", "0").entrySet()) {
            admin.api().queryParam(bad.getKey(), bad.getValue()).get("/api/panel/billing/months/2026-09/lines").then()
                    .statusCode(400).body("detail", startsWith(bad.getKey()));
            admin.api().queryParam(bad.getKey(), bad.getValue()).get("/api/panel/billing/months/2026-09/lines.xlsx")
                    .then().statusCode(bad.getKey().equals("limit") ? 404 : 400);
        }
        admin.api().post("/api/panel/billing/lines/{id}/complete", "abc").then().statusCode(404);
    }

    private static List<String> filteredLines(Admin admin, Map<String, ?> query) {
        return body(admin.api().queryParams(query).get("/api/panel/billing/months/2026-09/lines").then()
                .statusCode(200)).getList("items.employeeName");
    }

    /** The lines export has the list's rows and a totals row equal to the month's summary (when unfiltered). */
    private static void assertSheetTotals(Admin admin, Map<String, ?> query, JsonPath summary, int lines)
            throws Exception {
        byte[] file = admin.api().queryParams(query).get("/api/panel/billing/months/2026-09/lines.xlsx").then()
                .statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        List<Map<String, Object>> listed = body(admin.api().queryParams(query)
                .get("/api/panel/billing/months/2026-09/lines").then().statusCode(200)).getList("items");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Line");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Employee");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Refund (EUR)");
            assertThat(header.getLastCellNum()).isEqualTo((short) 13);
            assertThat(sheet.getLastRowNum()).isEqualTo(lines + 1); // header, lines, totals
            for (int i = 0; i < lines; i++) {
                Row row = sheet.getRow(i + 1);
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(
                        ((Number) listed.get(i).get("id")).longValue());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(listed.get(i).get("employeeName"));
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(listed.get(i).get("chargePointId"));
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo(listed.get(i).get("status"));
            }
            Row totals = sheet.getRow(lines + 1);
            assertThat(totals.getCell(2).getStringCellValue()).startsWith("Total (" + lines + " line");
            BigDecimal refund = listed.stream().map(l -> new BigDecimal(l.get("refund").toString()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(BigDecimal.valueOf(totals.getCell(9).getNumericCellValue())).isEqualByComparingTo(refund);
            if (summary != null) {
                assertThat(BigDecimal.valueOf(totals.getCell(9).getNumericCellValue()))
                        .isEqualByComparingTo(summary.getString("refund"));
                assertThat(BigDecimal.valueOf(totals.getCell(8).getNumericCellValue()))
                        .isEqualByComparingTo(summary.getString("cost"));
                assertThat(BigDecimal.valueOf(totals.getCell(7).getNumericCellValue()))
                        .isEqualByComparingTo(summary.getString("energyKwh"));
                assertThat((long) totals.getCell(6).getNumericCellValue()).isEqualTo(summary.getLong("sessions"));
            }
        }
    }
}
