package com.wallbill.panel;

import static com.wallbill.panel.PanelFixture.admin;
import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.panel.PanelFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.costing.CostedSession;
import com.wallbill.billing.costing.SessionCoster;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rates and quotes through the panel API. */
@QuarkusTest
class RatePanelTest {

    static final String SIX_SLOTS = """
            {"type":"HOURLY","currency":"EUR",
             "weekday":[{"from":"00:00","to":"08:00","pricePerKwh":"0.0900"},{"from":"08:00","to":"10:00","pricePerKwh":"0.1450"},
                        {"from":"10:00","to":"14:00","pricePerKwh":"0.2210"},{"from":"14:00","to":"18:00","pricePerKwh":"0.1450"},
                        {"from":"18:00","to":"22:00","pricePerKwh":"0.2210"},{"from":"22:00","to":"24:00","pricePerKwh":"0.1450"}],
             "weekend":[{"from":"00:00","to":"24:00","pricePerKwh":"0.0900"}]}""";
    static final String FLAT = """
            {"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.20"},"weekend":{"pricePerKwh":"0.12"}}""";

    @TestHTTPResource("/")
    URI app;

    @Test
    void ratesAreCreatedEditedAsNewVersionsMadeDefaultAndDeleted() {
        var admin = admin(app);
        JsonNode created = json(as(admin).body("{\"name\":\"Tarifa 2.0TD\",\"rate\":" + SIX_SLOTS + "}")
                .post("/api/panel/rates").then().statusCode(201).extract().response());
        long rate = created.path("id").asLong();
        assertThat(created.path("isDefault").asBoolean()).isFalse();
        assertThat(created.path("rate")).isEqualTo(com.wallbill.central.TestSupport.json(SIX_SLOTS));

        JsonNode list = json(as(admin).get("/api/panel/rates"));
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.path("items").get(0).path("name").asText()).isEqualTo("Default");
        assertThat(list.path("items").get(0).path("isDefault").asBoolean()).isTrue();

        JsonNode edited = json(as(admin).body("{\"name\":\"Flat now\",\"rate\":" + FLAT + "}")
                .put("/api/panel/rates/{id}", rate).then().statusCode(200).extract().response());
        assertThat(edited.path("versionId").asLong()).isNotEqualTo(created.path("versionId").asLong());
        assertThat(edited.path("name").asText()).isEqualTo("Flat now");
        assertThat(edited.path("rate")).isEqualTo(com.wallbill.central.TestSupport.json(FLAT));
        as(admin).body("{\"rate\":" + FLAT + "}").put("/api/panel/rates/{id}", rate).then().statusCode(200)
                .body("name", equalTo("Flat now"));

        as(admin).body("{\"name\":\"flat NOW\",\"rate\":" + FLAT + "}").post("/api/panel/rates").then()
                .statusCode(409).body("detail", startsWith("name"));

        long defaultRate = list.path("items").get(0).path("id").asLong();
        as(admin).delete("/api/panel/rates/{id}", defaultRate).then().statusCode(409);
        as(admin).put("/api/panel/rates/{id}/default", rate).then().statusCode(200).body("isDefault", equalTo(true));
        as(admin).get("/api/panel/rates/{id}", defaultRate).then().statusCode(200).body("isDefault", equalTo(false));
        as(admin).delete("/api/panel/rates/{id}", defaultRate).then().statusCode(204);
        as(admin).get("/api/panel/rates/{id}", defaultRate).then().statusCode(404);
        assertThat(json(as(admin).get("/api/panel/rates?limit=1")).path("items")).hasSize(1);
    }

    @Test
    void badRatesAreRefusedNamingTheField() {
        var admin = admin(app);
        as(admin).body("{\"rate\":" + FLAT + "}").post("/api/panel/rates").then().statusCode(400)
                .body("detail", startsWith("name"));
        as(admin).body("{\"name\":\"X\"}").post("/api/panel/rates").then().statusCode(400)
                .body("detail", startsWith("rate"));
        as(admin).body("""
                {"name":"Gap","rate":{"type":"HOURLY","currency":"EUR",
                 "weekday":[{"from":"00:00","to":"08:00","pricePerKwh":"0.1"},{"from":"09:00","to":"24:00","pricePerKwh":"0.2"}],
                 "weekend":[{"from":"00:00","to":"24:00","pricePerKwh":"0.1"}]}}""").post("/api/panel/rates").then()
                .statusCode(400).body("detail", startsWith("rate"));
        as(admin).body("""
                {"name":"Neg","rate":{"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"-0.1"},
                 "weekend":{"pricePerKwh":"0.1"}}}""").post("/api/panel/rates").then().statusCode(400)
                .body("detail", startsWith("rate")).body("detail", org.hamcrest.Matchers.containsString("negative"));
        as(admin).body("{\"name\":\"Dollar\",\"rate\":" + FLAT.replace("EUR", "USD") + "}").post("/api/panel/rates")
                .then().statusCode(400).body("detail", startsWith("rate.currency"));
        as(admin).body("{\"name\":\"X\",\"rate\":" + FLAT + "}").put("/api/panel/rates/{id}", 999_999_999).then()
                .statusCode(404);
    }

    @Test
    void quoteIsTheSessionCostersPriceForAStoredOrInlineRate() {
        var admin = admin(app);
        long rate = json(as(admin).body("{\"name\":\"Six\",\"rate\":" + SIX_SLOTS + "}").post("/api/panel/rates")
                .then().statusCode(201).extract().response()).path("id").asLong();
        String readings = PanelChargers.threeHourReadings(PanelChargers.SEPTEMBER_EVENING);

        JsonNode byId = json(as(admin).body("{\"rateId\":" + rate + ",\"refundPercent\":80,\"readings\":" + readings
                + "}").post("/api/panel/rates/quote").then().statusCode(200).extract().response());
        // 21-22 local at 0.2210 (7.4 kWh), 22-24 at 0.1450 (7.4 + 3.2 kWh): 3.1724 -> 3.17; 80% -> 2.536 -> 2.54.
        assertThat(byId.path("energyWh").decimalValue()).isEqualByComparingTo("18000");
        assertThat(byId.path("cost").decimalValue()).isEqualByComparingTo("3.17");
        assertThat(byId.path("costExact").decimalValue()).isEqualByComparingTo("3.1724");
        assertThat(byId.path("refund").decimalValue()).isEqualByComparingTo("2.54");
        assertThat(byId.path("currency").asText()).isEqualTo("EUR");
        assertThat(byId.path("timeZone").asText()).isEqualTo("Europe/Madrid");
        assertThat(byId.path("rateId").asLong()).isEqualTo(rate);
        assertThat(byId.path("flags")).isEmpty();
        assertThat(byId.path("breakdown")).hasSize(2);
        assertThat(byId.path("breakdown").get(0).path("from").asText()).isEqualTo("18:00");
        assertThat(byId.path("breakdown").get(0).path("energyWh").decimalValue()).isEqualByComparingTo("7400");

        CostedSession direct = SessionCoster.cost(sixSlots(), ZoneId.of("Europe/Madrid"), List.of(
                reading("2026-09-16T19:00:00Z", 1_000_000), reading("2026-09-16T20:00:00Z", 1_007_400),
                reading("2026-09-16T21:00:00Z", 1_014_800), reading("2026-09-16T22:00:00Z", 1_018_000)),
                new BigDecimal("80"));
        assertThat(byId.path("costExact").decimalValue()).isEqualByComparingTo(direct.costExact());
        assertThat(byId.path("refund").decimalValue()).isEqualByComparingTo(direct.refund().amount());

        JsonNode inline = json(as(admin).body("{\"rate\":" + SIX_SLOTS + ",\"refundPercent\":\"80\",\"readings\":"
                + readings + "}").post("/api/panel/rates/quote").then().statusCode(200).extract().response());
        assertThat(inline.path("rateId").isNull()).isTrue();
        assertThat(inline.path("cost")).isEqualTo(byId.path("cost"));
        assertThat(inline.path("breakdown")).isEqualTo(byId.path("breakdown"));

        // Another time zone moves the session into other slots; no rate means the default (zero-priced) one.
        JsonNode utc = json(as(admin).body("{\"rateId\":" + rate + ",\"timeZone\":\"UTC\",\"refundPercent\":80,"
                + "\"readings\":" + readings + "}").post("/api/panel/rates/quote").then().statusCode(200).extract()
                .response());
        assertThat(utc.path("cost").decimalValue()).isNotEqualTo(byId.path("cost").decimalValue());
        String raw = as(admin).body("{\"readings\":" + readings + "}").post("/api/panel/rates/quote")
                .then().statusCode(200).extract().asString();
        JsonNode byDefault = com.wallbill.central.TestSupport.parse(raw);
        assertThat(byDefault.path("cost").decimalValue()).isEqualByComparingTo("0");
        assertThat(raw).contains("\"cost\":0.00");
        assertThat(byDefault.path("refundPercent").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void quoteFlagsWhatAReviewerWouldQuestion() {
        var admin = admin(app);
        JsonNode quote = json(as(admin).body("""
                {"rate":%s,"refundPercent":50,"readings":[
                  {"timestamp":"2026-09-16T19:00:00Z","wh":1000},{"timestamp":"2026-09-16T21:30:00+02:00","wh":900},
                  {"timestamp":"2026-09-16T20:00:00Z","wh":50000}]}""".formatted(FLAT))
                .post("/api/panel/rates/quote").then().statusCode(200).extract().response());
        assertThat(quote.path("flags").toString()).contains("REGISTER_DECREASED");
    }

    @Test
    void badQuotesAreRefusedNamingTheField() {
        var admin = admin(app);
        String one = "[{\"timestamp\":\"2026-09-16T19:00:00Z\",\"wh\":1}]";
        quoteRefused(admin, "{\"rate\":" + FLAT + "}", "readings");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":[]}", "readings");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"rateId\":1,\"readings\":" + one + "}", "rate");
        quoteRefused(admin, "{\"rate\":{\"type\":\"DAILY\"},\"readings\":" + one + "}", "rate.");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"timeZone\":\"Mars/Olympus\",\"readings\":" + one + "}",
                "timeZone");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"refundPercent\":101,\"readings\":" + one + "}",
                "refundPercent");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":[{\"timestamp\":\"2026-09-16T19:00:00Z\",\"wh\":1},"
                + "{\"timestamp\":\"16/09/2026 19:00\",\"wh\":2}]}", "readings[1].timestamp");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":[{\"timestamp\":\"2026-09-16T19:00:00\",\"wh\":1}]}",
                "readings[0].timestamp");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":[{\"timestamp\":\"2026-09-16T19:00:00Z\",\"wh\":-1}]}",
                "readings[0].wh");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":[{\"timestamp\":\"2026-09-16T19:00:00Z\"}]}",
                "readings[0].wh");
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":[{\"timestamp\":\"2026-09-16T19:00:00Z\","
                + "\"wh\":\"ten\"}]}", "readings[0].wh");

        String tooMany = IntStream.range(0, 10_001).mapToObj(i -> "{\"timestamp\":\""
                + Instant.parse("2026-09-16T00:00:00Z").plusSeconds(i) + "\",\"wh\":" + i + "}")
                .collect(Collectors.joining(",", "[", "]"));
        quoteRefused(admin, "{\"rate\":" + FLAT + ",\"readings\":" + tooMany + "}", "readings");
        String enough = IntStream.range(0, 10_000).mapToObj(i -> "{\"timestamp\":\""
                + Instant.parse("2026-09-16T00:00:00Z").plusSeconds(6 * i) + "\",\"wh\":" + 10 * i + "}")
                .collect(Collectors.joining(",", "[", "]"));
        JsonNode big = json(as(admin).body("{\"rate\":" + FLAT + ",\"readings\":" + enough + "}")
                .post("/api/panel/rates/quote").then().statusCode(200).extract().response());
        assertThat(big.path("energyWh").decimalValue()).isEqualByComparingTo("99990");
    }

    private static void quoteRefused(PanelFixture.Admin admin, String body, String field) {
        as(admin).body(body).post("/api/panel/rates/quote").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith(field));
    }

    private static Tariff sixSlots() {
        Currency eur = Currency.getInstance("EUR");
        return Tariff.hourly(eur, List.of(
                PriceSlot.of("00:00", "08:00", "0.0900"), PriceSlot.of("08:00", "10:00", "0.1450"),
                PriceSlot.of("10:00", "14:00", "0.2210"), PriceSlot.of("14:00", "18:00", "0.1450"),
                PriceSlot.of("18:00", "22:00", "0.2210"), PriceSlot.of("22:00", "24:00", "0.1450")),
                List.of(PriceSlot.of("00:00", "24:00", "0.0900")));
    }

    private static RegisterReading reading(String at, long wh) {
        return new RegisterReading(Instant.parse(at), BigDecimal.valueOf(wh));
    }
}
