package com.wallbill.panel;

import com.wallbill.central.TestSupport;
import static com.wallbill.panel.PanelFixture.admin;
import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.panel.PanelFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.SandboxPaymentProvider;
import com.wallbill.billing.money.Money;
import com.wallbill.billing.payment.CardCharger;
import com.wallbill.billing.payment.PaymentResult;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Billing configuration, payment methods and the currency rule through the panel API. */
@QuarkusTest
class SettingsPanelTest {

    private static final String NIGHT_RATE = """
            {"name":"Night","rate":{"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.10"},
             "weekend":{"pricePerKwh":"0.08"}}}""";

    @TestHTTPResource("/")
    URI app;

    @Inject
    Pool pool;

    @Inject
    Accounts accounts;

    @Inject
    SandboxPaymentProvider sandbox;

    @Test
    void settingsChangeFromNowAndLeftOutFieldsKeepTheirValue() {
        var admin = admin(app);
        JsonNode initial = json(as(admin).get("/api/panel/company/settings"));
        assertThat(initial.path("refundPercent").decimalValue()).isEqualByComparingTo("100");
        assertThat(initial.path("paymentType").asText()).isEqualTo("MANUAL");
        assertThat(initial.path("autoActivate").asBoolean()).isFalse();
        assertThat(initial.path("defaultRateName").asText()).isEqualTo("Default");

        long night = json(as(admin).body(NIGHT_RATE).post("/api/panel/rates").then().statusCode(201).extract()
                .response()).path("id").asLong();
        JsonNode changed = json(as(admin).body(Map.of("refundPercent", "80.5", "paymentType", "AUTOMATIC",
                "autoActivate", true, "defaultRateId", night)).put("/api/panel/company/settings").then()
                .statusCode(200).extract().response());
        assertThat(changed.path("refundPercent").decimalValue()).isEqualByComparingTo("80.5");
        assertThat(changed.path("paymentType").asText()).isEqualTo("AUTOMATIC");
        assertThat(changed.path("autoActivate").asBoolean()).isTrue();
        assertThat(changed.path("defaultRateId").asLong()).isEqualTo(night);
        assertThat(changed.path("defaultRateName").asText()).isEqualTo("Night");
        as(admin).get("/api/panel/rates/{id}", night).then().body("isDefault", equalTo(true));

        as(admin).body(Map.of("autoActivate", false)).put("/api/panel/company/settings").then().statusCode(200)
                .body("autoActivate", equalTo(false)).body("paymentType", equalTo("AUTOMATIC"))
                .body("defaultRateId", equalTo((int) night));
        // Effective-dated: every change is a new row, the old ones stay for sessions that started under them.
        assertThat(TestSupport.await(pool.preparedQuery("SELECT count(*) FROM company_terms WHERE company_id = $1")
                .execute(Tuple.of(admin.companyId()))).iterator().next().getLong(0)).isEqualTo(3);
    }

    @Test
    void badSettingsAreRefusedNamingTheField() {
        var admin = admin(app);
        as(admin).body(Map.of("refundPercent", 120)).put("/api/panel/company/settings").then().statusCode(400)
                .body("detail", startsWith("refundPercent"));
        as(admin).body(Map.of("refundPercent", "12.345")).put("/api/panel/company/settings").then().statusCode(400)
                .body("detail", startsWith("refundPercent"));
        as(admin).body(Map.of("refundPercent", "lots")).put("/api/panel/company/settings").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("refundPercent"));
        as(admin).body(Map.of("paymentType", "CASH")).put("/api/panel/company/settings").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("paymentType"));
        as(admin).body(Map.of("defaultRateId", 999_999_999)).put("/api/panel/company/settings").then()
                .statusCode(404).body("detail", startsWith("defaultRateId"));
    }

    @Test
    void paymentMethodsKeepTheCompanysChargedCardInStep() {
        var admin = admin(app);
        long visa = card(admin, "tok_visa_" + admin.companyId(), "visa", "4242");
        assertThat(cardToken(admin)).isEqualTo("tok_visa_" + admin.companyId());
        long master = card(admin, "tok_mc_" + admin.companyId(), "mastercard", "4444");
        assertThat(cardToken(admin)).isEqualTo("tok_visa_" + admin.companyId());

        JsonNode list = json(as(admin).get("/api/panel/company/payment-methods"));
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.path("items").get(0).path("isDefault").asBoolean()).isTrue();
        assertThat(list.path("items").get(1).path("isDefault").asBoolean()).isFalse();
        assertThat(list.toString()).doesNotContain("tok_");
        as(admin).get("/api/panel/company/payment-methods?limit=1").then().body("items.size()", equalTo(1))
                .body("next", equalTo(1));

        as(admin).put("/api/panel/company/payment-methods/{id}/default", master).then().statusCode(200)
                .body("isDefault", equalTo(true)).body("last4", equalTo("4444"));
        assertThat(cardToken(admin)).isEqualTo("tok_mc_" + admin.companyId());
        as(admin).delete("/api/panel/company/payment-methods/{id}", master).then().statusCode(409);
        as(admin).delete("/api/panel/company/payment-methods/{id}", visa).then().statusCode(204);
        as(admin).delete("/api/panel/company/payment-methods/{id}", visa).then().statusCode(404);
        // The last card may go: nothing is charged until a new one is added.
        as(admin).delete("/api/panel/company/payment-methods/{id}", master).then().statusCode(204);
        assertThat(cardToken(admin)).isNull();
        assertThat(json(as(admin).get("/api/panel/company/payment-methods")).path("items")).isEmpty();
    }

    @Test
    void theSandboxOffersTestCardsThatChargeAsTheySayAndCanBeAdded() throws Exception {
        var admin = admin(app);
        JsonNode provider = json(as(admin).get("/api/panel/company/payment-methods/provider").then().statusCode(200)
                .extract().response());
        assertThat(provider.path("provider").asText()).isEqualTo("sandbox");
        JsonNode cards = provider.path("testCards");
        assertThat(cards).hasSize(SandboxPaymentProvider.TEST_CARDS.size());
        for (JsonNode card : cards) {
            String token = card.path("token").asText();
            PaymentResult result;
            try {
                result = sandbox.charge(new CardCharger.CardCharge(token, Money.of("1.00", "EUR"),
                        TestSupport.newId("test-card"), "test card " + token)).toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException unreachable) {
                result = null;
            }
            String outcome = card.path("outcome").asText();
            switch (outcome) {
                case "CHARGED" -> assertThat(result).as(token).isInstanceOf(PaymentResult.Succeeded.class);
                case "DECLINED", "INSUFFICIENT_FUNDS" -> assertThat(result).as(token)
                        .isInstanceOf(PaymentResult.Declined.class);
                case "UNREACHABLE" -> assertThat(result).as(token).isNull();
                default -> throw new AssertionError("unknown outcome " + outcome);
            }
            as(admin).body(Map.of("token", token, "brand", card.path("brand").asText(), "last4",
                    card.path("last4").asText(), "expMonth", card.path("expMonth").asInt(), "expYear",
                    card.path("expYear").asInt())).post("/api/panel/company/payment-methods").then().statusCode(201);
        }
        assertThat(json(as(admin).get("/api/panel/company/payment-methods")).path("items")).hasSize(cards.size());
    }

    @Test
    void cardsAreTokensAndBadOnesAreRefusedNamingTheField() {
        var admin = admin(app);
        YearMonth next = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        refusedCard(admin, Map.of("token", "4242424242424242", "brand", "visa", "last4", "4242",
                "expMonth", next.getMonthValue(), "expYear", next.getYear()), "token");
        refusedCard(admin, Map.of("token", "tok_4242424242424242", "brand", "visa", "last4", "4242",
                "expMonth", next.getMonthValue(), "expYear", next.getYear()), "token");
        refusedCard(admin, Map.of("token", "card_x", "brand", "visa", "last4", "4242",
                "expMonth", next.getMonthValue(), "expYear", next.getYear()), "token");
        refusedCard(admin, Map.of("token", "tok_x", "brand", "visa", "last4", "42a2",
                "expMonth", next.getMonthValue(), "expYear", next.getYear()), "last4");
        refusedCard(admin, Map.of("token", "tok_x", "brand", "visa", "last4", "4242",
                "expMonth", 13, "expYear", next.getYear()), "expMonth");
        refusedCard(admin, Map.of("token", "tok_x", "brand", "visa", "last4", "4242",
                "expMonth", last.getMonthValue(), "expYear", last.getYear()), "expYear");
        refusedCard(admin, Map.of("token", "tok_x", "last4", "4242",
                "expMonth", next.getMonthValue(), "expYear", next.getYear()), "brand");
        refusedCard(admin, Map.of("token", "tok_x", "brand", "visa", "last4", "4242",
                "expMonth", "soon", "expYear", next.getYear()), "expMonth");

        card(admin, "tok_twice", "visa", "4242");
        as(admin).body(cardBody("tok_twice", "visa", "4242")).post("/api/panel/company/payment-methods").then()
                .statusCode(409).body("detail", startsWith("token"));
    }

    @Test
    void currencyChangesOnlyUntilASessionIsCosted() {
        var admin = admin(app);
        JsonNode dollars = json(as(admin).body(CompanyPanelTest.company(Map.of("currency", "USD")))
                .put("/api/panel/company").then().statusCode(200).extract().response());
        assertThat(dollars.path("currency").asText()).isEqualTo("USD");
        // The rates follow (nothing was priced with them yet).
        JsonNode rates = json(as(admin).get("/api/panel/rates")).path("items");
        assertThat(rates).allSatisfy(r -> assertThat(r.path("rate").path("currency").asText()).isEqualTo("USD"));
        as(admin).body(NIGHT_RATE).post("/api/panel/rates").then().statusCode(400)
                .body("detail", startsWith("rate.currency"));

        var charger = PanelChargers.linked(app, accounts, admin, "Carla Currency");
        PanelChargers.threeHourSession(charger.charger(), PanelChargers.SEPTEMBER_EVENING);
        TestSupport.eventually(() -> TestSupport.await(pool.preparedQuery(
                "SELECT 1 FROM costed_session WHERE company_id = $1").execute(Tuple.of(admin.companyId()))).size() > 0
                ? true : null);
        charger.charger().close();

        as(admin).body(CompanyPanelTest.company(Map.of("currency", "EUR"))).put("/api/panel/company").then()
                .statusCode(409).body("detail", startsWith("currency"));
        as(admin).body(CompanyPanelTest.company(Map.of("currency", "USD", "name", "Renamed")))
                .put("/api/panel/company").then().statusCode(200).body("name", equalTo("Renamed"));
    }

    private long card(PanelFixture.Admin admin, String token, String brand, String last4) {
        return json(as(admin).body(cardBody(token, brand, last4)).post("/api/panel/company/payment-methods").then()
                .statusCode(201).extract().response()).path("id").asLong();
    }

    private static Map<String, Object> cardBody(String token, String brand, String last4) {
        YearMonth expiry = YearMonth.now(ZoneOffset.UTC).plusYears(2);
        return Map.of("token", token, "brand", brand, "last4", last4, "expMonth", expiry.getMonthValue(),
                "expYear", expiry.getYear());
    }

    private void refusedCard(PanelFixture.Admin admin, Map<String, Object> body, String field) {
        as(admin).body(body).post("/api/panel/company/payment-methods").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith(field));
    }

    private String cardToken(PanelFixture.Admin admin) {
        return TestSupport.await(pool.preparedQuery("SELECT card_token FROM company WHERE id = $1")
                .execute(Tuple.of(admin.companyId()))).iterator().next().getString("card_token");
    }
}
