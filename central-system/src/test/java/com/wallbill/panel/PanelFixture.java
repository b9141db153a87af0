package com.wallbill.panel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.wallbill.central.SmtpServerResource;
import com.wallbill.central.TestSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Future;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Company admins registered, verified and logged in through the real panel API, for the panel's tests. */
public final class PanelFixture {

    public static final String PASSWORD = "correct horse battery";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

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

    public static io.restassured.response.Response follow(URI app, URI link) {
        return given().get(app.resolve(link.getRawPath() + "?" + link.getRawQuery()));
    }

    /** The newest mail to {@code to} whose subject contains {@code subject}, waiting for it to arrive. */
    public static MimeMessage mailTo(String to, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        try {
            while (Instant.now().isBefore(deadline)) {
                MimeMessage[] received = SmtpServerResource.server().getReceivedMessages();
                for (int i = received.length - 1; i >= 0; i--) {
                    MimeMessage m = received[i];
                    if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                            && m.getSubject().contains(subject)) {
                        return m;
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no mail '" + subject + "' to " + to);
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

    public static URI link(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return URI.create(m.group());
    }

    public static JsonNode json(io.restassured.response.Response response) {
        return TestSupport.parse(response.asString());
    }

    public static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T eventually(Supplier<T> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            assertThat(Instant.now()).as("waited 10 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
