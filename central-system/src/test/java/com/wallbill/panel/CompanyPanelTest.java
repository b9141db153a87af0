package com.wallbill.panel;

import static com.wallbill.panel.PanelFixture.admin;
import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.panel.PanelFixture.follow;
import static com.wallbill.panel.PanelFixture.json;
import static com.wallbill.central.TestSupport.link;
import static com.wallbill.central.TestSupport.mailTo;
import static com.wallbill.panel.PanelFixture.mailsTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.TestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Company data, billing e-mail verification and the company code through the panel API. */
@QuarkusTest
class CompanyPanelTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void companyDataIsReplacedAsAWholeWithIbanAndBicNormalised() {
        var admin = admin(app);
        JsonNode before = json(as(admin).get("/api/panel/company"));
        assertThat(before.path("id").asLong()).isEqualTo(admin.companyId());
        assertThat(before.path("timeZone").asText()).isEqualTo("Europe/Madrid");
        assertThat(before.path("currency").asText()).isEqualTo("EUR");
        assertThat(before.path("address").isNull()).isTrue();

        JsonNode after = json(as(admin).body(company(Map.of("iban", "de89 3704 0044 0532 0130 00", "bic", "cobadeffxxx",
                "billingEmail", admin.email().toUpperCase()))).put("/api/panel/company").then().statusCode(200)
                .extract().response());
        assertThat(after.path("name").asText()).isEqualTo("Acme Fleet S.L.");
        assertThat(after.path("taxId").asText()).isEqualTo("B12345678");
        assertThat(after.path("address").path("streetName").asText()).isEqualTo("Calle Mayor");
        assertThat(after.path("address").path("countryCode").asText()).isEqualTo("ES");
        assertThat(after.path("timeZone").asText()).isEqualTo("Atlantic/Canary");
        assertThat(after.path("iban").asText()).isEqualTo("DE89370400440532013000");
        assertThat(after.path("bic").asText()).isEqualTo("COBADEFFXXX");
        // The admin's own login address needs no verification mail.
        assertThat(after.path("billingEmail").asText()).isEqualTo(admin.email());
        assertThat(after.path("billingEmailVerified").asBoolean()).isTrue();
        assertThat(json(as(admin).get("/api/panel/company"))).isEqualTo(after);

        // Optional fields left out are cleared.
        JsonNode cleared = json(as(admin).body(Map.of("name", "Acme", "timeZone", "Europe/Madrid", "currency", "EUR"))
                .put("/api/panel/company").then().statusCode(200).extract().response());
        assertThat(cleared.path("iban").isNull()).isTrue();
        assertThat(cleared.path("address").isNull()).isTrue();
        assertThat(cleared.path("billingEmail").isNull()).isTrue();
    }

    @Test
    void anotherBillingEmailIsVerifiedByTheLinkMailedToIt() {
        var admin = admin(app);
        String billing = TestSupport.newId("billing") + "@acme.example";
        as(admin).body(company(Map.of("billingEmail", billing))).put("/api/panel/company").then().statusCode(200)
                .body("billingEmail", equalTo(billing)).body("billingEmailVerified", equalTo(false));
        URI link = link(mailTo(billing, "billing e-mail"));
        assertThat(TestSupport.page(link)).isEqualTo("/billing-email");

        // Saving the form again does not mail another link; asking for one does.
        as(admin).body(company(Map.of("billingEmail", billing))).put("/api/panel/company").then().statusCode(200);
        assertThat(mailsTo(billing)).isEqualTo(1);
        as(admin).post("/api/panel/company/billing-email/verification").then().statusCode(202);
        assertThat(TestSupport.eventually(() -> mailsTo(billing) == 2 ? true : null)).isTrue();

        // The link needs no login: whoever reads the mailbox proves it.
        follow(app, link).then().statusCode(200).body("billingEmail", equalTo(billing));
        as(admin).get("/api/panel/company").then().body("billingEmailVerified", equalTo(true));
        follow(app, link).then().statusCode(400).body("detail", startsWith("token"));
        as(admin).post("/api/panel/company/billing-email/verification").then().statusCode(409);
    }

    @Test
    void aLinkForABillingEmailReplacedSinceVerifiesNothing() {
        var admin = admin(app);
        String first = TestSupport.newId("first") + "@acme.example";
        String second = TestSupport.newId("second") + "@acme.example";
        as(admin).body(company(Map.of("billingEmail", first))).put("/api/panel/company").then().statusCode(200);
        URI firstLink = link(mailTo(first, "billing e-mail"));
        as(admin).body(company(Map.of("billingEmail", second))).put("/api/panel/company").then().statusCode(200);

        follow(app, firstLink).then().statusCode(400);
        as(admin).get("/api/panel/company").then().body("billingEmail", equalTo(second))
                .body("billingEmailVerified", equalTo(false));
        follow(app, link(mailTo(second, "billing e-mail"))).then().statusCode(200);
        as(admin).get("/api/panel/company").then().body("billingEmailVerified", equalTo(true));
    }

    @Test
    void companyCodeIsShownAndHardToGuess() {
        var admin = admin(app);
        assertThat(admin.code()).matches("[A-HJ-NP-Z2-9]{12}");
        as(admin).get("/api/panel/company/code").then().statusCode(200).body("code", equalTo(admin.code()));
    }

    @Test
    void badCompanyDataIsRefusedNamingTheField() {
        var admin = admin(app);
        refused(admin, Map.of("name", ""), "name");
        refused(admin, Map.of("timeZone", "Europe/Atlantis"), "timeZone");
        refused(admin, Map.of("currency", "EURO"), "currency");
        refused(admin, Map.of("iban", "ES9121000418450200051333"), "iban");
        refused(admin, Map.of("bic", "COBA"), "bic");
        refused(admin, Map.of("billingEmail", "not-an-address"), "billingEmail");
        refused(admin, Map.of("address", Map.of("townName", "Madrid", "countryCode", "XX")), "address.countryCode");
        refused(admin, Map.of("address", Map.of("countryCode", "ES")), "address.townName");
        as(admin).body("{\"name\":\"Acme\",\"timeZone\":\"Europe/Madrid\",\"currency\":\"EUR\",\"address\":[1]}")
                .put("/api/panel/company").then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("address")).body("field", equalTo("address"));
    }

    @Test
    void panelNeedsALoginAndAnAdmin() {
        io.restassured.RestAssured.given().get("/api/panel/company").then().statusCode(401);
        io.restassured.RestAssured.given().get("/api/panel/company/billing-email/verify?token=nonsense").then()
                .statusCode(400).body("detail", startsWith("token"));
    }

    @Test
    void panelShapesArePublishedInTheOpenApiDocument() {
        String document = io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertThat(document).contains("/api/panel/company/settings", "/api/panel/company/payment-methods/{id}/default",
                "/api/panel/company/billing-email/verify", "/api/panel/rates/quote", "/api/panel/rates/{id}/default",
                "/api/panel/devices/{linkId}/settings", "/api/panel/devices/{linkId}/employee", "QuoteRequest",
                "Quote", "DeviceView", "CompanyView");
    }

    private void refused(PanelFixture.Admin admin, Map<String, Object> change, String field) {
        as(admin).body(company(change)).put("/api/panel/company").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith(field + ":"))
                .body("field", equalTo(field));
    }

    static Map<String, Object> company(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Acme Fleet S.L.", "taxId", "B12345678",
                "address", Map.of("streetName", "Calle Mayor", "buildingNumber", "1", "postCode", "28013",
                        "townName", "Madrid", "countryCode", "es"),
                "timeZone", "Atlantic/Canary", "currency", "EUR"));
        body.putAll(overrides);
        return body;
    }
}
