package com.wallbill.panel;

import static com.wallbill.central.TestSupport.mailTo;
import static com.wallbill.central.TestSupport.link;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.SmtpServerResource;
import com.wallbill.central.TestSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/** Company admins registered, verified and logged in through the real panel API, for the panel's tests. */
public final class PanelFixture {

    public static final String PASSWORD = "correct horse battery";

    /** A logged-in company admin and the ids of their company. */
    public record Admin(String email, String token, long companyId, String code) {
    }

    private PanelFixture() {
    }

    /** Registers a company (Europe/Madrid, EUR), follows the mailed verification link and logs its admin in. */
    public static Admin admin(URI app) {
        String email = TestSupport.newId("admin") + "@acme.example";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "companyName",
                "Acme Fleet " + email.substring(6, 14), "timeZone", "Europe/Madrid", "currency", "EUR"))
                .post("/api/panel/auth/register-company").then().statusCode(201);
        follow(app, link(mailTo(email, "Verify"))).then().statusCode(200);
        String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/panel/auth/login").then().statusCode(200).extract().path("token");
        long companyId = ((Number) given().auth().oauth2(token).get("/api/panel/me").then().statusCode(200)
                .extract().path("companyId")).longValue();
        String code = given().auth().oauth2(token).get("/api/panel/company/code").then().statusCode(200)
                .extract().path("code");
        return new Admin(email, token, companyId, code);
    }

    public static RequestSpecification as(Admin admin) {
        return given().auth().oauth2(admin.token()).contentType(ContentType.JSON);
    }

    /**
     * Does what the page a mailed link opens does with it: the verification pages of the web panel send the link's
     * token to the API (the browser tests open the pages themselves).
     */
    public static io.restassured.response.Response follow(URI app, URI link) {
        String endpoint = switch (TestSupport.page(link)) {
            case "/verify" -> "/api/panel/auth/verify";
            case "/billing-email" -> "/api/panel/company/billing-email/verify";
            default -> throw new AssertionError("no page calling the API with " + link);
        };
        return given().queryParam("token", TestSupport.query(link, "token")).get(app.resolve(endpoint));
    }

    public static int mailsTo(String to) {
        try {
            int n = 0;
            for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                    n++;
                }
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(io.restassured.response.Response response) {
        return TestSupport.parse(response.asString());
    }
}
