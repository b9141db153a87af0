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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The panel's session list, detail, review and export against the real app. */
@QuarkusTest
class PanelSessionsTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final List<String> SORTS = List.of("stoppedAt", "-stoppedAt", "energy", "-energy", "refund",
            "-refund");

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
    void sessionsShowTheirCostRefundAndRefundStatusAsTheMonthMovesOn() throws Exception {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device ana = PanelBillingFixture.device(accounts, admin, "Ana Pérez");
        Device ben = PanelBillingFixture.device(accounts, admin, "Ben Okafor");
        List<Long> anas = PanelBillingFixture.sessions(ocpp, pool, ana, false, SEPTEMBER_EVENING,
                SEPTEMBER_EVENING.plus(Duration.ofDays(2)));
        long flagged = PanelBillingFixture.sessions(ocpp, pool, ben, true, SEPTEMBER_EVENING.plus(Duration.ofDays(5))).get(0);
        long recent = PanelBillingFixture.sessions(ocpp, pool, ana, false,
                Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS)).get(0);

        JsonPath all = body(admin.api().get("/api/panel/sessions").then().statusCode(200));
        assertThat(all.getList("items.id", Long.class)).containsExactly(recent, flagged, anas.get(1), anas.get(0));
        assertThat(all.<Object>get("next")).isNull();
        Map<String, Object> first = all.getMap("items[3]");
        assertThat(first).containsEntry("chargePointId", ana.chargePointId())
                .containsEntry("employeeName", "Ana Pérez").containsEntry("refundStatus", "IN_PROGRESS")
                .containsEntry("month", "2026-09").containsEntry("late", false).containsEntry("review", "NONE");
        assertThat(Instant.parse((String) first.get("startedAt"))).isEqualTo("2026-09-16T19:00:00Z");
        assertThat(Instant.parse((String) first.get("stoppedAt"))).isEqualTo("2026-09-16T22:00:00Z");
        assertThat(((Number) first.get("durationSeconds")).longValue()).isEqualTo(10800);
        assertThat(dec(first.get("energyKwh"))).isEqualByComparingTo("18");
        assertThat(dec(first.get("cost"))).isEqualByComparingTo("3.17");
        assertThat(dec(first.get("refund"))).isEqualByComparingTo("2.54");
        assertThat(all.getString("items[1].review")).isEqualTo("NEEDS_REVIEW");
        assertThat(all.getList("items[1].flags", String.class)).contains("REGISTER_DECREASED");

        assertThat(ids(admin, Map.of("employeeId", ben.employeeId()))).containsExactly(flagged);
        assertThat(ids(admin, Map.of("search", "okaf"))).containsExactly(flagged);
        assertThat(ids(admin, Map.of("search", ana.chargePointId().substring(0, 12).toUpperCase()))).hasSize(3)
                .doesNotContain(flagged);
        assertThat(ids(admin, Map.of("search", "nobody"))).isEmpty();
        assertThat(ids(admin, Map.of("search", "ana", "from", "2026-09-18"))).containsExactly(recent, anas.get(1));
        assertThat(ids(admin, Map.of("deviceId", ana.chargePointId().substring(0, 12)))).hasSize(3)
                .doesNotContain(flagged);
        assertThat(ids(admin, Map.of("from", "2026-09-18", "to", "2026-09-30")))
                .containsExactly(flagged, anas.get(1));
        assertThat(ids(admin, Map.of("from", "2026-09-16T22:00:00Z", "to", "2026-09-18T22:00:00Z")))
                .containsExactly(anas.get(0));
        assertThat(ids(admin, Map.of("sort", "energy"))).first().isEqualTo(flagged);
        assertThat(ids(admin, Map.of("sort", "stoppedAt"))).containsExactly(anas.get(0), anas.get(1), flagged, recent);

        JsonPath detail = body(admin.api().get("/api/panel/sessions/{id}", anas.get(0)).then().statusCode(200));
        assertThat(detail.getLong("session.id")).isEqualTo(anas.get(0));
        assertThat(detail.getString("costing.rateName")).isEqualTo("Tarifa 2.0TD");
        assertThat(detail.getString("costing.rateType")).isEqualTo("HOURLY");
        assertThat(detail.getString("costing.paymentType")).isEqualTo("MANUAL");
        assertThat(new BigDecimal(detail.getString("costing.refundPercent"))).isEqualByComparingTo("80");
        assertThat(new BigDecimal(detail.getString("costing.costExact"))).isEqualByComparingTo("3.1724");
        List<BigDecimal> amounts = detail.getList("costing.breakdown.amount", BigDecimal.class);
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("3.1724");
        assertThat(detail.getList("costing.breakdown.from", String.class)).contains("18:00", "22:00");

        admin.api().contentType("application/json").body(Map.of("decision", "EXCLUDED"))
                .post("/api/panel/sessions/{id}/review", flagged).then().statusCode(200)
                .body("session.review", equalTo("EXCLUDED")).body("session.refundStatus", equalTo("EXCLUDED"))
                .body("reviewedBy", equalTo(admin.email()));
        admin.api().contentType("application/json").body(Map.of("decision", "IGNORED"))
                .post("/api/panel/sessions/{id}/review", flagged).then().statusCode(400)
                .body("detail", startsWith("decision"));
        assertThat(body(admin.api().get("/api/panel/billing/months/2026-09").then().statusCode(200))
                .getInt("sessions")).isEqualTo(2);

        await(monthClose.close(admin.companyId(), SEPTEMBER));
        JsonPath closed = body(admin.api().get("/api/panel/sessions").then().statusCode(200));
        assertThat(closed.getList("items.refundStatus", String.class))
                .containsExactly("IN_PROGRESS", "EXCLUDED", "PENDING", "PENDING");

        List<Map<String, Object>> listed = closed.getList("items");
        try (XSSFWorkbook book = sheet(admin, Map.of())) {
            Sheet sheet = book.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Session", "Device", "Employee id", "Employee", "Start", "End",
                    "Duration", "Energy (kWh)", "Cost (EUR)", "Refund (EUR)", "Refund status", "Notes");
            assertThat(sheet.getLastRowNum()).isEqualTo(listed.size());
            BigDecimal refunds = BigDecimal.ZERO;
            for (int i = 0; i < listed.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat((long) row.getCell(0).getNumericCellValue())
                        .isEqualTo(((Number) listed.get(i).get("id")).longValue());
                assertThat(row.getCell(10).getStringCellValue()).isEqualTo(listed.get(i).get("refundStatus"));
                refunds = refunds.add(BigDecimal.valueOf(row.getCell(9).getNumericCellValue()));
            }
            assertThat(refunds).isEqualByComparingTo(listed.stream()
                    .map(s -> dec(s.get("refund"))).reduce(BigDecimal.ZERO, BigDecimal::add));
            Row september = sheet.getRow(4);
            assertThat(september.getCell(6).getNumericCellValue()).isEqualTo(3 / 24.0, org.assertj.core.data.Offset
                    .offset(1e-9));
            assertThat(september.getCell(4).getLocalDateTimeCellValue()).hasToString("2026-09-16T21:00");
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).contains("EXCLUDED", "REGISTER_DECREASED");
        }
        try (XSSFWorkbook book = sheet(admin, Map.of("search", "Ana", "sort", "stoppedAt"))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat((long) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(anas.get(0));
        }
    }

    @Test
    void readingsGiveTheRegisterCurveOfTheCompanysOwnSessionsThinnedWhenLong() {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device ana = PanelBillingFixture.device(accounts, admin, "Ana Pérez");
        long session = PanelBillingFixture.sessions(ocpp, pool, ana, false, SEPTEMBER_EVENING).get(0);

        admin.api().get("/api/panel/sessions/{id}", session).then().statusCode(200).body("connectorId", equalTo(1));
        JsonPath readings = body(admin.api().get("/api/panel/sessions/{id}/readings", session).then().statusCode(200));
        assertThat(readings.getLong("sessionId")).isEqualTo(session);
        assertThat(readings.getLong("total")).isEqualTo(4);
        assertThat(readings.getList("readings.registerKwh", BigDecimal.class)).extracting(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("1E+3"), new BigDecimal("1007.4"), new BigDecimal("1014.8"),
                        new BigDecimal("1018"));
        assertThat(readings.getList("readings.sampledAt", String.class)).extracting(Instant::parse).containsExactly(
                SEPTEMBER_EVENING, SEPTEMBER_EVENING.plusSeconds(3600), SEPTEMBER_EVENING.plusSeconds(7200),
                SEPTEMBER_EVENING.plusSeconds(10800));
        assertThat(readings.getString("readings[1].context")).isEqualTo("Sample.Periodic");

        Admin other = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        other.api().get("/api/panel/sessions/{id}/readings", session).then().statusCode(404)
                .contentType("application/problem+json");
        admin.api().get("/api/panel/sessions/abc/readings").then().statusCode(404);

        // 5,000 more readings, odd seconds apart from the session's own: the curve keeps every third and the last.
        PanelBillingFixture.rows(pool, """
                INSERT INTO meter_value (session_id, charge_point_id, sampled_at, received_at, source, context,
                    register_wh, sampled_values)
                SELECT $1, $2, $3::timestamptz + (2 * g + 1) * interval '1 second', now(), 'MeterValues',
                       'Sample.Periodic', 1000000 + g, '[]'
                FROM generate_series(0, 4999) g""", io.vertx.sqlclient.Tuple.of(session, ana.chargePointId(),
                SEPTEMBER_EVENING.atOffset(java.time.ZoneOffset.UTC)));
        JsonPath thinned = body(admin.api().get("/api/panel/sessions/{id}/readings", session).then()
                .statusCode(200));
        assertThat(thinned.getLong("total")).isEqualTo(5004);
        List<String> times = thinned.getList("readings.sampledAt", String.class);
        assertThat(times).hasSizeBetween(1500, 2001);
        assertThat(Instant.parse(times.get(0))).isEqualTo(SEPTEMBER_EVENING);
        assertThat(Instant.parse(times.get(times.size() - 1))).isEqualTo(SEPTEMBER_EVENING.plusSeconds(10800));
        assertThat(times).extracting(Instant::parse).isSorted();
    }

    @Test
    void keysetCursorsWalkEveryOrderOnceDespiteTies() throws Exception {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Device one = PanelBillingFixture.device(accounts, admin, "Carla Ruiz");
        Device two = PanelBillingFixture.device(accounts, admin, "Dan Ito");
        PanelBillingFixture.bulkSessions(pool, admin, java.time.YearMonth.of(2026, 8), 130, one, two);

        for (String sort : SORTS) {
            List<Map<String, Object>> whole = body(admin.api().queryParam("sort", sort).queryParam("limit", 500)
                    .get("/api/panel/sessions").then().statusCode(200)).getList("items");
            assertThat(whole).hasSize(130);
            assertThat(whole).isSortedAccordingTo(order(sort));
            List<Long> expected = whole.stream().map(s -> ((Number) s.get("id")).longValue()).toList();
            assertThat(walkByCursor(admin, Map.of("sort", sort, "limit", 7))).as(sort).isEqualTo(expected);
            assertThat(walkByOffset(admin, Map.of("sort", sort, "limit", 50))).as(sort).isEqualTo(expected);

            Map<String, Object> narrowed = Map.of("sort", sort, "employeeId", one.employeeId(), "from", "2026-08-03",
                    "to", "2026-08-10");
            List<Long> filtered = ids(admin, narrowed);
            assertThat(filtered).isNotEmpty().hasSizeLessThan(65);
            assertThat(walkByCursor(admin, with(narrowed, "limit", 4))).as(sort).isEqualTo(filtered);

            try (XSSFWorkbook book = sheet(admin, Map.of("sort", sort))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(130);
                for (int i = 0; i < 130; i++) {
                    assertThat((long) sheet.getRow(i + 1).getCell(0).getNumericCellValue()).isEqualTo(expected.get(i));
                }
            }
        }
        String link = nextLink(admin.api().queryParam("limit", 5).get("/api/panel/sessions").then().statusCode(200)
                .extract().header("Link"));
        String cursor = link.replaceAll(".*[?&]after=([^&]+).*", "$1");
        admin.api().queryParam("sort", "energy").queryParam("after", cursor).get("/api/panel/sessions").then()
                .statusCode(400).body("detail", startsWith("after"));
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        Admin admin = PanelBillingFixture.admin(app, accounts, pool, PaymentType.MANUAL);
        Map<String, Map<String, String>> cases = Map.of(
                "sort", Map.of("sort", "price"),
                "from", Map.of("from", "yesterday"),
                "to", Map.of("from", "2026-09-10", "to", "2026-09-01"),
                "after", Map.of("after", "not-a-cursor"),
                "employeeId", Map.of("employeeId", "ana"),
                "limit", Map.of("limit", "501"));
        cases.forEach((field, query) -> {
            admin.api().queryParams(query).get("/api/panel/sessions").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", startsWith(field));
            if (!field.equals("after") && !field.equals("limit")) {
                admin.api().queryParams(query).get("/api/panel/sessions.xlsx").then().statusCode(400)
                        .body("detail", startsWith(field));
            }
        });
        admin.api().get("/api/panel/sessions/abc").then().statusCode(404);
        admin.api().get("/api/panel/sessions/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json");
        admin.api().queryParam("deviceId", "no-such-device").get("/api/panel/sessions").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    private static Comparator<Map<String, Object>> order(String sort) {
        String field = switch (sort.replace("-", "")) {
            case "stoppedAt" -> "stoppedAt";
            case "energy" -> "energyKwh";
            default -> "refund";
        };
        Comparator<Map<String, Object>> byKey = field.equals("stoppedAt")
                ? Comparator.comparing(s -> Instant.parse((String) s.get(field)))
                : Comparator.comparing(s -> dec(s.get(field)));
        Comparator<Map<String, Object>> order = byKey.thenComparing(s -> ((Number) s.get("id")).longValue());
        return sort.startsWith("-") ? order.reversed() : order;
    }

    private static BigDecimal dec(Object number) {
        return new BigDecimal(String.valueOf(number));
    }

    private static List<Long> ids(Admin admin, Map<String, ?> query) {
        return body(admin.api().queryParams(query).queryParam("limit", 500).get("/api/panel/sessions").then()
                .statusCode(200)).getList("items.id", Long.class);
    }

    private static List<Long> walkByCursor(Admin admin, Map<String, ?> query) {
        List<Long> ids = new ArrayList<>();
        var response = admin.api().queryParams(query).get("/api/panel/sessions").then().statusCode(200).extract();
        while (true) {
            ids.addAll(body(response.response().then()).getList("items.id", Long.class));
            String link = response.header("Link");
            if (link == null) {
                assertThat(response.jsonPath().<Object>get("next")).isNull();
                return ids;
            }
            response = admin.api().get(URI.create(nextLink(link))).then().statusCode(200).extract();
        }
    }

    private static List<Long> walkByOffset(Admin admin, Map<String, ?> query) {
        List<Long> ids = new ArrayList<>();
        Integer offset = 0;
        while (offset != null) {
            JsonPath page = body(admin.api().queryParams(query).queryParam("offset", offset)
                    .get("/api/panel/sessions").then().statusCode(200));
            ids.addAll(page.getList("items.id", Long.class));
            offset = page.get("next");
        }
        return ids;
    }

    private static String nextLink(String header) {
        Matcher m = NEXT.matcher(header);
        assertThat(m.find()).as("Link header " + header).isTrue();
        return m.group(1);
    }

    private static Map<String, Object> with(Map<String, Object> query, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(query);
        copy.put(key, value);
        return copy;
    }

    private static XSSFWorkbook sheet(Admin admin, Map<String, ?> query) throws Exception {
        byte[] file = admin.api().queryParams(query).get("/api/panel/sessions.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract()
                .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }
}
