package com.wallbill.central;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.vertx.core.Future;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Shared helpers of the integration tests: the real app, real PostgreSQL, real WebSockets. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(SmtpServerResource.class)
public final class TestSupport {

    public static final String OPERATOR_TOKEN = "test-operator-token";
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private TestSupport() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The OCPP endpoint of the app under test, from its HTTP URL. */
    public static URI ocppEndpoint(URI http) {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }

    public static RequestSpecification operator() {
        return given().auth().oauth2(OPERATOR_TOKEN).contentType(ContentType.JSON);
    }

    /** Registers a charger through the operator API (tests run with unknown-charge-points=reject). */
    public static void register(String id, String password) {
        operator().body(password == null ? Map.of() : Map.of("password", password))
                .put("/api/operator/charge-points/{id}", id).then().statusCode(200);
    }

    /** Registers, connects and boots a charger; returns it ready for transaction messages. */
    public static ScriptedChargePoint bootedChargePoint(URI endpoint, String id, OcppVersion version) {
        register(id, null);
        ScriptedChargePoint cp = ScriptedChargePoint.connect(endpoint, id, version, null);
        JsonNode answer = cp.call("BootNotification", version == OcppVersion.V16
                ? json("{\"chargePointVendor\":\"Wallbox\",\"chargePointModel\":\"Pulsar Plus\","
                        + "\"chargePointSerialNumber\":\"WB-1\",\"firmwareVersion\":\"5.17.2\"}")
                : json("{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"Pulsar Max\","
                        + "\"vendorName\":\"Wallbox\",\"serialNumber\":\"WB-2\",\"firmwareVersion\":\"6.1.0\"}}"));
        if (!"Accepted".equals(answer.path("status").asText())) {
            throw new IllegalStateException("Boot not accepted: " + answer);
        }
        return cp;
    }

    public static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A charger-style timestamp: whole seconds, UTC. */
    public static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public static JsonNode session(long id) {
        String body = operator().get("/api/operator/sessions/{id}", id).then().statusCode(200).extract().asString();
        return parse(body);
    }

    public static JsonNode sessionsOf(String chargePointId) {
        String body = operator().queryParam("chargePointId", chargePointId).get("/api/operator/sessions").then()
                .statusCode(200).extract().asString();
        return parse(body).path("items");
    }

    public static JsonNode quarantineOf(String chargePointId) {
        String body = operator().queryParam("chargePointId", chargePointId).get("/api/operator/quarantine").then()
                .statusCode(200).extract().asString();
        return parse(body).path("items");
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(body, e);
        }
    }

    /** The value of a future, waiting at most 30 s; its failure rethrown as is when it is a runtime exception. */
    public static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first non-null value of {@code probe}, polled for at most 10 s (asynchronous work such as costing). */
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

    /** The newest mail to {@code to} whose subject contains {@code subject}, waiting for it to arrive. */
    public static MimeMessage mailTo(String to, String subject) {
        return eventually(() -> {
            try {
                MimeMessage[] received = SmtpServerResource.server().getReceivedMessages();
                for (int i = received.length - 1; i >= 0; i--) {
                    MimeMessage m = received[i];
                    if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))
                            && m.getSubject().contains(subject)) {
                        return m;
                    }
                }
                return null;
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The (first) link in a mail. */
    public static URI link(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(m.find()).as("a link in the mail").isTrue();
        return URI.create(m.group());
    }

    /** The web panel page a mailed link opens: {@code http://host/#/verify?token=x} → {@code /verify}. */
    public static String page(URI link) {
        String fragment = link.getRawFragment();
        assertThat(fragment).as("a web panel link (#/page?...): " + link).isNotNull().startsWith("/");
        return fragment.split("\\?", 2)[0];
    }

    /** A query parameter of a mailed web panel link ({@code #/reset?token=...}). */
    public static String query(URI link, String name) {
        String fragment = link.getRawFragment();
        String query = fragment != null && fragment.contains("?") ? fragment.split("\\?", 2)[1] : link.getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + link);
    }
}
