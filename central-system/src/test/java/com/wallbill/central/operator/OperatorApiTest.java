package com.wallbill.central.operator;

import static com.wallbill.central.TestSupport.bootedChargePoint;
import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.operator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator API: guarded by its token, paginated, errors as problem responses. */
@QuarkusTest
class OperatorApiTest {

    @TestHTTPResource("/ocpp")
    URI http;

    @Test
    void requestsWithoutTheOperatorTokenAreRefused() {
        given().get("/api/operator/charge-points").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", notNullValue());
        given().auth().oauth2("not-the-token").get("/api/operator/sessions").then().statusCode(401);
    }

    @Test
    void chargePointShowsIdentityVersionLivenessAndConnectorStatus() {
        String id = newId("view");
        try (ScriptedChargePoint cp = bootedChargePoint(ocppEndpoint(http), id, OcppVersion.V16)) {
            cp.call("StatusNotification", json("""
                    {"connectorId":1,"errorCode":"NoError","status":"Charging","timestamp":"2026-11-27T08:00:00Z"}"""));
            // an older report delivered late never overwrites a newer status
            cp.call("StatusNotification", json("""
                    {"connectorId":1,"errorCode":"NoError","status":"Available","timestamp":"2026-11-27T07:00:00Z"}"""));
            operator().get("/api/operator/charge-points/{id}", id).then().statusCode(200)
                    .body("vendor", equalTo("Wallbox")).body("model", equalTo("Pulsar Plus"))
                    .body("serialNumber", equalTo("WB-1")).body("firmwareVersion", equalTo("5.17.2"))
                    .body("ocppVersion", equalTo("ocpp1.6")).body("online", equalTo(true))
                    .body("bootState", equalTo("ACCEPTED")).body("lastSeen", notNullValue())
                    .body("authenticated", equalTo(false)).body("connectedSince", notNullValue())
                    .body("connectors", hasSize(1)).body("connectors[0].status", equalTo("Charging"));
        }
        awaitOffline(id);
    }

    @Test
    void listsAreBoundedAndBadParametersAreProblems() {
        operator().queryParam("limit", 501).get("/api/operator/sessions").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("limit"));
        operator().queryParam("status", "SOMETIMES").get("/api/operator/sessions").then().statusCode(400);
        operator().get("/api/operator/sessions/{id}", 999_999_999L).then().statusCode(404)
                .contentType("application/problem+json");
        operator().get("/api/operator/charge-points/{id}", "nobody-here").then().statusCode(404);
        operator().body(Map.of("password", "short")).put("/api/operator/charge-points/{id}", newId("pw")).then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("password"));
        operator().queryParam("limit", 1).get("/api/operator/charge-points").then().statusCode(200)
                .body("limit", equalTo(1)).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1));
    }

    private static void awaitOffline(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            boolean online = operator().get("/api/operator/charge-points/{id}", id).then().extract().path("online");
            if (!online) {
                return;
            }
            sleep();
        }
        throw new AssertionError(id + " still shown online after its connection closed");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
