package com.wallbill.central.operator;

import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.central.TestSupport.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.wallbill.ocpp.rpc.Call;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Commands from the operator API reach the charger and its answer, error or silence comes back. */
@QuarkusTest
class CommandResourceTest {

    private static final String PATH = "/api/operator/charge-points/{id}/commands/{action}";

    @TestHTTPResource("/ocpp")
    URI http;

    @Test
    void answerOfTheChargerComesBackToTheCaller() {
        String id = newId("cmd");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            cp.onServerCall(call -> Map.of("status", "Accepted"));
            operator().body(Map.of("type", "Soft")).post(PATH, id, "Reset").then().statusCode(200)
                    .body("outcome", equalTo("Answered")).body("payload.status", equalTo("Accepted"));
        }
    }

    @Test
    void callErrorOfTheChargerIsReportedAsSuch() {
        String id = newId("cmd");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V201)) {
            CompletableFuture<Response> pending = CompletableFuture.supplyAsync(() -> operator()
                    .body(Map.of("idToken", Map.of("idToken", "EMP-1", "type", "Central"), "remoteStartId", 7))
                    .post(PATH, id, "RequestStartTransaction"));
            Call call = cp.nextServerCall(Duration.ofSeconds(5));
            assertThat(call.action()).isEqualTo("RequestStartTransaction");
            assertThat(call.payload().path("remoteStartId").asInt()).isEqualTo(7);
            cp.respondError(call, "NotSupported", "no remote start here");
            pending.join().then().statusCode(200).body("outcome", equalTo("Errored"))
                    .body("errorCode", equalTo("NotSupported"));
        }
    }

    @Test
    void silenceEndsInAGatewayTimeout() {
        String id = newId("cmd");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            operator().body(Map.of("type", "Hard")).post(PATH, id, "Reset").then().statusCode(504)
                    .contentType("application/problem+json");
            assertThat(cp.nextServerCall(Duration.ofSeconds(1)).action()).isEqualTo("Reset");
        }
    }

    @Test
    void oneCommandAtATimeReachesACharger() throws Exception {
        String id = newId("cmd");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> operator()
                    .body(Map.of("connectorId", 1)).post(PATH, id, "UnlockConnector"));
            Call unlock = cp.nextServerCall(Duration.ofSeconds(5));
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> operator()
                    .body(Map.of("key", "HeartbeatInterval", "value", "600")).post(PATH, id, "ChangeConfiguration"));
            assertThat(cp.nextServerCall(Duration.ofMillis(700))).as("second command while first in flight").isNull();
            cp.respond(unlock, Map.of("status", "Unlocked"));
            Call change = cp.nextServerCall(Duration.ofSeconds(5));
            assertThat(change.action()).isEqualTo("ChangeConfiguration");
            cp.respond(change, Map.of("status", "Accepted"));
            first.join().then().statusCode(200).body("payload.status", equalTo("Unlocked"));
            second.join().then().statusCode(200).body("payload.status", equalTo("Accepted"));
        }
    }

    @Test
    void invalidCommandsAreRefusedBeforeReachingTheCharger() {
        String id = newId("cmd");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            operator().body(Map.of("type", "Gentle")).post(PATH, id, "Reset").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("type"));
            operator().body(Map.of()).post(PATH, id, "FlyToTheMoon").then().statusCode(404);
            operator().body(Map.of()).post(PATH, id, "Heartbeat").then().statusCode(404);
            assertThat(cp.nextServerCall(Duration.ofMillis(300))).isNull();
        }
        operator().body(Map.of("type", "Soft")).post(PATH, newId("offline"), "Reset").then().statusCode(409);
    }

    @Test
    void noCommandIsSentBeforeBootNotificationIsAccepted() {
        String id = newId("cmd");
        register(id, null);
        try (ScriptedChargePoint cp = ScriptedChargePoint.connect(ocppEndpoint(http), id, OcppVersion.V16, null)) {
            operator().body(Map.of("type", "Soft")).post(PATH, id, "Reset").then().statusCode(409)
                    .body("detail", containsString("BootNotification"));
            assertThat(cp.nextServerCall(Duration.ofMillis(300))).isNull();
        }
    }
}
