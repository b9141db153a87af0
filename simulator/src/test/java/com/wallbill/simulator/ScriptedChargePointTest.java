package com.wallbill.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.v16.core.BootNotification;
import com.wallbill.ocpp.v16.core.RegistrationStatus;
import com.wallbill.simulator.fake.FakeCentralSystem;
import com.wallbill.simulator.fake.FakeConnection;
import com.wallbill.simulator.transport.OcppJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptedChargePointTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private FakeCentralSystem csms;

    @BeforeEach
    void startServer() throws Exception {
        csms = FakeCentralSystem.withPasswords(Map.of("CP 1", "secret", "CP-2", "other"));
    }

    @AfterEach
    void stopServer() throws Exception {
        csms.close();
    }

    @Test
    void connectsWithUrlEncodedIdAndBasicAuthAndNegotiatesTheVersion() {
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP 1", OcppVersion.V201, "secret")) {
            assertThat(cp.isOpen()).isTrue();
            assertThat(cp.negotiatedSubprotocol()).isEqualTo("ocpp2.0.1");
            assertThat(cp.version()).isEqualTo(OcppVersion.V201);
            assertThat(cp.closeReason()).isNull();
        }
    }

    @Test
    void typedCallReturnsTheBoundResponse() {
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            BootNotification.Response response = cp.call(BootNotification.ACTION,
                    new BootNotification.Request("Acme", "Wall", null, null, null, null, null, null, null),
                    BootNotification.Response.class);
            assertThat(response.status()).isEqualTo(RegistrationStatus.ACCEPTED);
            assertThat(response.interval()).isEqualTo(300);
            assertThat(csms.connection("CP-2").orElseThrow().received())
                    .extracting(Call::action).containsExactly("BootNotification");
        }
    }

    @Test
    void wrongPasswordIsRefusedWith401() {
        assertThatThrownBy(() -> ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "wrong"))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    /** Tyrus's own 401 retry kept shared state and turned some refusals into NullPointerExceptions (-1). */
    @Test
    void wrongCredentialsGive401ForEveryOneOfManyConcurrentHandshakes() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String password = i % 2 == 0 ? "wrong" : null;
                statuses.add(pool.submit(() -> {
                    try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16,
                            password)) {
                        return 101;
                    } catch (HandshakeFailedException e) {
                        return e.status();
                    }
                }));
            }
            for (var status : statuses) {
                assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownChargerIsRefusedWith404() {
        assertThatThrownBy(() -> ScriptedChargePoint.connect(csms.endpoint(), "NOBODY", OcppVersion.V16, "x"))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void offeringOnlyAnUnsupportedSubprotocolIsRefused() {
        String auth = ScriptedChargePoint.basicAuthorization("CP-2", "other");
        assertThatThrownBy(() -> ScriptedChargePoint.connect(csms.endpoint(), "CP-2", List.of("ocpp1.5"), auth))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void wrongUserNameInTheHeaderIsRefused() {
        String auth = ScriptedChargePoint.basicAuthorization("CP 1", "other");
        assertThatThrownBy(() -> ScriptedChargePoint.connect(csms.endpoint(), "CP-2", List.of("ocpp1.6"), auth))
                .isInstanceOfSatisfying(HandshakeFailedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void rawMalformedFrameGetsItsCallErrorThroughNextFrame() {
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            cp.sendRaw("[2, \"abc\"");
            String frame = cp.nextFrame(WAIT);
            assertThat(frame).startsWith("[4,\"-1\",\"FormationViolation\"");
            assertThat(cp.nextFrame(Duration.ofMillis(50))).isNull();
        }
    }

    @Test
    void callErrorBecomesCallErrorExceptionWithTheWireCode() {
        csms.answerWith((connection, call) -> {
            connection.sendText(OcppJson.callErrorText(call.messageId(), "OccurenceConstraintViolation", "no"));
            return null;
        });
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            assertThatThrownBy(() -> cp.call("Heartbeat", "{}"))
                    .isInstanceOfSatisfying(CallErrorException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("OccurenceConstraintViolation");
                        assertThat(e.description()).isEqualTo("no");
                    });
        }
    }

    @Test
    void unansweredCallTimesOutWithATimeoutExceptionCause() {
        csms.answerWith((connection, call) -> null);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            assertThatThrownBy(() -> cp.call("Heartbeat", Map.of(), Duration.ofMillis(200)))
                    .isInstanceOf(CallTimeoutException.class)
                    .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
        }
    }

    @Test
    void serverCallsAreQueuedUntilAnsweredByTheTest() throws Exception {
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            FakeConnection server = csms.connection("CP-2").orElseThrow();
            var answer = server.call("Reset", Map.of("type", "Soft"));
            Call reset = cp.expectServerCall("Reset", WAIT);
            assertThat(reset.payload().path("type").asText()).isEqualTo("Soft");
            cp.respond(reset, Map.of("status", "Accepted"));
            assertThat(answer.get(5, TimeUnit.SECONDS).path("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void responderAnswersServerCallsAutomatically() throws Exception {
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            cp.onServerCall(call -> {
                if (call.action().equals("Reset")) {
                    throw new CallErrorException(call.action(), "NotSupported", "not here", null);
                }
                return Map.of("status", "Accepted");
            });
            FakeConnection server = csms.connection("CP-2").orElseThrow();
            JsonNode accepted = server.call("ClearCache", Map.of()).get(5, TimeUnit.SECONDS);
            assertThat(accepted.path("status").asText()).isEqualTo("Accepted");
            assertThatThrownBy(() -> server.call("Reset", Map.of("type", "Hard")).get(5, TimeUnit.SECONDS))
                    .hasMessageContaining("NotSupported");
        }
    }

    @Test
    void serverCloseIsReportedWithCodeAndReason() {
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(csms.endpoint(), "CP-2", OcppVersion.V16, "other")) {
            csms.connection("CP-2").orElseThrow().close(1008, "replaced");
            CloseReason reason = cp.awaitClose(WAIT);
            assertThat(reason).isEqualTo(new CloseReason(1008, "replaced"));
            assertThat(cp.isOpen()).isFalse();
            assertThatThrownBy(() -> cp.call("Heartbeat", "{}")).isInstanceOf(ConnectionLostException.class);
        }
    }
}
