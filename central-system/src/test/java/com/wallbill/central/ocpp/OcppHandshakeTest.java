package com.wallbill.central.ocpp;

import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.central.TestSupport.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.CallErrorException;
import com.wallbill.simulator.HandshakeFailedException;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may connect, with which subprotocol, and what a charger may send before it is accepted. */
@QuarkusTest
class OcppHandshakeTest {

    private static final String PASSWORD = "s3cret-charger-pass-0001";
    private static final String BOOT_16 = "{\"chargePointVendor\":\"Easee\",\"chargePointModel\":\"Home\"}";

    @TestHTTPResource("/ocpp")
    URI http;

    @Test
    void unknownChargePointIsRefusedWith404UnderTheRejectPolicy() {
        assertThatThrownBy(() -> ScriptedChargePoint.connect(ocppEndpoint(http), newId("ghost"), OcppVersion.V16, null))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void chargerWithPasswordMustPresentItAsBasicAuthWithItsOwnId() {
        String id = newId("auth");
        register(id, PASSWORD);
        URI endpoint = ocppEndpoint(http);
        assertThatThrownBy(() -> ScriptedChargePoint.connect(endpoint, id, OcppVersion.V16, null))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> ScriptedChargePoint.connect(endpoint, id, OcppVersion.V16, "wrong-password-000000"))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(401));
        String otherUser = "Basic " + Base64.getEncoder().encodeToString(
                ("someone-else:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ScriptedChargePoint.connect(endpoint, id, List.of("ocpp1.6"), otherUser))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(401));
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(endpoint, id, OcppVersion.V16, PASSWORD)) {
            assertThat(cp.call("BootNotification", json(BOOT_16)).path("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void bothSubprotocolsAreNegotiatedAndAnyOtherIsClosed() throws Exception {
        String id = newId("proto");
        register(id, null);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(ocppEndpoint(http), id, OcppVersion.V201, null)) {
            assertThat(cp.negotiatedSubprotocol()).isEqualTo("ocpp2.0.1");
        }
        ScriptedChargePoint old = ScriptedChargePoint.connect(ocppEndpoint(http), id, List.of("ocpp1.5"), null);
        for (int i = 0; i < 50 && old.isOpen(); i++) {
            Thread.sleep(100);
        }
        assertThat(old.isOpen()).isFalse();
    }

    @Test
    void nothingButBootNotificationIsAcceptedBeforeBootAndAcceptedChargersMayResume() {
        String id = newId("boot");
        register(id, null);
        URI endpoint = ocppEndpoint(http);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(endpoint, id, OcppVersion.V16, null)) {
            assertThatThrownBy(() -> cp.call("Heartbeat", json("{}")))
                    .isInstanceOfSatisfying(CallErrorException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("SecurityError"));
            cp.call("BootNotification", json(BOOT_16));
            assertThat(cp.call("Heartbeat", json("{}")).path("currentTime").asText()).isNotEmpty();
        }
        // A charger without a password may only connect once its former connection is gone (no shadowing); the
        // client's close returns before the server has processed it.
        TestSupport.eventually(() -> operator().get("/api/operator/charge-points/{id}", id).then().statusCode(200)
                .extract().<Boolean>path("online") ? null : true);
        try (ScriptedChargePoint resumed = ScriptedChargePoint.connect(endpoint, id, OcppVersion.V16, null)) {
            assertThat(resumed.call("Heartbeat", json("{}")).has("currentTime")).isTrue();
        }
    }

    @Test
    void pendingChargerGetsSecurityErrorUntilAccepted() {
        String id = newId("pending");
        operator().body(Map.of("bootPolicy", "Pending")).put("/api/operator/charge-points/{id}", id).then()
                .statusCode(200);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(ocppEndpoint(http), id, OcppVersion.V201, null)) {
            var answer = cp.call("BootNotification", json(
                    "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"}}"));
            assertThat(answer.path("status").asText()).isEqualTo("Pending");
            assertThatThrownBy(() -> cp.call("Heartbeat", json("{}")))
                    .isInstanceOfSatisfying(CallErrorException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("SecurityError"));
        }
    }

    @Test
    void onlyAnAuthenticatedConnectionReplacesALiveOne() throws Exception {
        String open = newId("dup");
        register(open, null);
        URI endpoint = ocppEndpoint(http);
        try (ScriptedChargePoint first = ScriptedChargePoint.connect(endpoint, open, OcppVersion.V16, null)) {
            assertThatThrownBy(() -> ScriptedChargePoint.connect(endpoint, open, OcppVersion.V16, null))
                    .isInstanceOfSatisfying(HandshakeFailedException.class,
                            e -> assertThat(e.status()).isEqualTo(409));
            assertThat(first.isOpen()).isTrue();
        }

        String secured = newId("dup");
        register(secured, PASSWORD);
        ScriptedChargePoint first = ScriptedChargePoint.connect(endpoint, secured, OcppVersion.V16, PASSWORD);
        first.call("BootNotification", json(BOOT_16));
        try (ScriptedChargePoint second = ScriptedChargePoint.connect(endpoint, secured, OcppVersion.V16, PASSWORD)) {
            for (int i = 0; i < 50 && first.isOpen(); i++) {
                Thread.sleep(100);
            }
            assertThat(first.isOpen()).isFalse();
            // the old socket's close must not have unregistered the new connection
            assertThat(second.call("Heartbeat", json("{}")).has("currentTime")).isTrue();
            operator().get("/api/operator/charge-points/{id}", secured).then().statusCode(200)
                    .body("online", org.hamcrest.Matchers.is(true));
        }
        first.close();
    }

    @Test
    void badFramesGetTheOcpp16ErrorCodesAndTheConnectionLivesOn() {
        String id = newId("bad16");
        register(id, null);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(ocppEndpoint(http), id, OcppVersion.V16, null)) {
            cp.call("BootNotification", json(BOOT_16));
            cp.sendRaw("this is not json");
            JsonNode error = TestSupport.parse(cp.nextFrame(Duration.ofSeconds(5)));
            assertThat(error.get(0).asInt()).isEqualTo(4);
            assertThat(error.get(1).asText()).isEqualTo("-1");
            assertThat(error.get(2).asText()).isEqualTo("FormationViolation");
            assertCallError(cp, "FlyToTheMoon", "{}", "NotImplemented");
            assertCallError(cp, "StartTransaction", "{\"connectorId\":1,\"idTag\":\"T\",\"meterStart\":5}",
                    "OccurenceConstraintViolation");
            assertCallError(cp, "StatusNotification",
                    "{\"connectorId\":\"one\",\"errorCode\":\"NoError\",\"status\":\"Available\"}",
                    "TypeConstraintViolation");
            assertCallError(cp, "StatusNotification",
                    "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Sleeping\"}",
                    "PropertyConstraintViolation");
            assertThat(cp.call("Heartbeat", json("{}")).has("currentTime")).isTrue();
        }
    }

    @Test
    void badFramesGetTheOcpp201ErrorCodesAndTheConnectionLivesOn() {
        String id = newId("bad201");
        register(id, null);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(ocppEndpoint(http), id, OcppVersion.V201, null)) {
            cp.call("BootNotification", json(
                    "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"M\",\"vendorName\":\"V\"}}"));
            cp.sendRaw("[2, 17]");
            assertThat(TestSupport.parse(cp.nextFrame(Duration.ofSeconds(5))).get(2).asText())
                    .isEqualTo("RpcFrameworkError");
            cp.sendRaw("[7,\"m-7\",\"Heartbeat\",{}]");
            assertThat(TestSupport.parse(cp.nextFrame(Duration.ofSeconds(5))).get(2).asText())
                    .isEqualTo("MessageTypeNotSupported");
            assertCallError(cp, "TransactionEvent", "{\"eventType\":\"Started\"}", "OccurrenceConstraintViolation");
            assertCallError(cp, "Heartbeat", "{\"unexpected\":true}", "FormatViolation");
            assertThat(cp.call("Heartbeat", json("{}")).has("currentTime")).isTrue();
        }
    }

    private static void assertCallError(ScriptedChargePoint cp, String action, String payload, String code) {
        assertThatThrownBy(() -> cp.call(action, json(payload)))
                .isInstanceOfSatisfying(CallErrorException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
