package com.wallbill.panel;

import static com.wallbill.central.TestSupport.mailTo;
import static com.wallbill.central.TestSupport.link;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.central.SmtpServerResource;
import com.wallbill.central.TestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Panel accounts through the real app, with mails received by a real SMTP server and their links followed. */
@QuarkusTest
class PanelAuthTest {

    private static final String PASSWORD = "correct horse battery";

    @TestHTTPResource("/")
    URI app;

    @Test
    void companyAdminRegistersVerifiesByTheMailedLinkLogsInAndOut() throws Exception {
        String email = TestSupport.newId("admin") + "@acme.example";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "companyName",
                "Acme Fleet", "timeZone", "Europe/Madrid", "currency", "EUR"))
                .post("/api/panel/auth/register-company").then().statusCode(201);
        login(email, PASSWORD).then().statusCode(403);

        URI link = link(mailTo(email, "Verify"));
        assertThat(TestSupport.page(link)).isEqualTo("/verify");
        PanelFixture.follow(app, link).then().statusCode(200);
        PanelFixture.follow(app, link).then().statusCode(400);

        String token = login(email, PASSWORD).then().statusCode(200).extract().path("token");
        given().auth().oauth2(token).get("/api/panel/me").then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo("COMPANY_ADMIN"))
                .body("email", org.hamcrest.Matchers.equalTo(email));
        given().auth().oauth2(token).post("/api/panel/auth/logout").then().statusCode(204);
        given().auth().oauth2(token).get("/api/panel/me").then().statusCode(401);
        given().get("/api/panel/me").then().statusCode(401);
    }

    @Test
    void forgottenPasswordIsResetByTheMailedLinkAndOldSessionsEnd() throws Exception {
        String email = verifiedEmployee();
        String oldSession = login(email, PASSWORD).then().statusCode(200).extract().path("token");

        given().contentType(ContentType.JSON).body(Map.of("email", email)).post("/api/panel/auth/password-reset")
                .then().statusCode(202);
        URI resetLink = link(mailTo(email, "Reset"));
        assertThat(TestSupport.page(resetLink)).isEqualTo("/reset");
        String resetToken = TestSupport.query(resetLink, "token");
        given().contentType(ContentType.JSON).body(Map.of("token", resetToken, "password", "a brand new passphrase"))
                .post("/api/panel/auth/password-reset/confirm").then().statusCode(204);

        login(email, PASSWORD).then().statusCode(401);
        login(email, "a brand new passphrase").then().statusCode(200);
        given().auth().oauth2(oldSession).get("/api/panel/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("token", resetToken, "password", "yet another passphrase"))
                .post("/api/panel/auth/password-reset/confirm").then().statusCode(400);
    }

    @Test
    void resetForAnUnknownAddressLooksTheSameAndSendsNothing() {
        int before = SmtpServerResource.server().getReceivedMessages().length;
        given().contentType(ContentType.JSON).body(Map.of("email", TestSupport.newId("nobody") + "@acme.example"))
                .post("/api/panel/auth/password-reset").then().statusCode(202);
        assertThat(SmtpServerResource.server().getReceivedMessages()).hasSize(before);
    }

    @Test
    void badRegistrationsAreRefusedNamingTheField() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-address", "password", PASSWORD, "name", "X"))
                .post("/api/panel/auth/register-employee").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("email"))
                .body("field", org.hamcrest.Matchers.equalTo("email"));
        given().contentType(ContentType.JSON).body(Map.of("email", TestSupport.newId("e") + "@x.example", "password",
                "short", "name", "X")).post("/api/panel/auth/register-employee").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("password"));
        String email = verifiedEmployee();
        given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase(), "password", PASSWORD, "name", "X"))
                .post("/api/panel/auth/register-employee").then().statusCode(409);
    }

    @Test
    void wrongPasswordsAreLimitedPerAddress() throws Exception {
        String email = verifiedEmployee();
        login(email, "wrong password").then().statusCode(401)
                .body("detail", org.hamcrest.Matchers.equalTo("Wrong e-mail or password"))
                .body("field", org.hamcrest.Matchers.nullValue());
        for (int i = 1; i < 10; i++) {
            login(email, "wrong password " + i).then().statusCode(401);
        }
        login(email, "wrong password again").then().statusCode(429);
        login(email, PASSWORD).then().statusCode(429);
    }

    private String verifiedEmployee() throws Exception {
        String email = TestSupport.newId("emp") + "@acme.example";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD, "name", "Ana Pérez"))
                .post("/api/panel/auth/register-employee").then().statusCode(201);
        PanelFixture.follow(app, link(mailTo(email, "Verify"))).then().statusCode(200);
        return email;
    }

    private static io.restassured.response.Response login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/panel/auth/login");
    }
}
