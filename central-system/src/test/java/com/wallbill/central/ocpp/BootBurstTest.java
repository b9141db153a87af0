package com.wallbill.central.ocpp;

import static com.wallbill.central.TestSupport.json;
import static com.wallbill.central.TestSupport.newId;
import static com.wallbill.central.TestSupport.ocppEndpoint;
import static com.wallbill.central.TestSupport.operator;
import static com.wallbill.central.TestSupport.register;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.TestSupport;
import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A thousand chargers connecting and booting in the same second: every one answered, no status lost. */
@QuarkusTest
class BootBurstTest {

    private static final int CHARGERS = 1000;

    @TestHTTPResource("/ocpp")
    URI http;

    @Test
    void thousandChargersBootingAtOnceAreAllAcceptedAndTheirStatusesKept() throws Exception {
        String prefix = newId("burst");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CHARGERS; i++) {
            ids.add(prefix + "-" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(250);
        try {
            for (Future<?> f : pool.invokeAll(ids.stream().<java.util.concurrent.Callable<Void>>map(id -> () -> {
                register(id, null);
                return null;
            }).toList())) {
                f.get();
            }
            URI endpoint = ocppEndpoint(http);
            CountDownLatch go = new CountDownLatch(1);
            Set<String> failures = ConcurrentHashMap.newKeySet();
            List<ScriptedChargePoint> connected = new ArrayList<>();
            List<Future<ScriptedChargePoint>> runs = new ArrayList<>();
            for (int i = 0; i < CHARGERS; i++) {
                String id = ids.get(i);
                OcppVersion version = i % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201;
                runs.add(pool.submit(() -> {
                    go.await();
                    try {
                        ScriptedChargePoint cp = ScriptedChargePoint.connect(endpoint, id, version, null);
                        bootAndReport(cp, version);
                        return cp;
                    } catch (RuntimeException e) {
                        failures.add(id + ": " + e);
                        return null;
                    }
                }));
            }
            go.countDown();
            for (Future<ScriptedChargePoint> run : runs) {
                ScriptedChargePoint cp = run.get(120, TimeUnit.SECONDS);
                if (cp != null) {
                    connected.add(cp);
                }
            }
            assertThat(failures).isEmpty();
            assertThat(connected).hasSize(CHARGERS);
            assertThat(statusesOf(prefix)).isEqualTo(CHARGERS);
            connected.forEach(ScriptedChargePoint::close);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void bootAndReport(ScriptedChargePoint cp, OcppVersion version) {
        if (version == OcppVersion.V16) {
            JsonNode boot = cp.call("BootNotification", json("{\"chargePointVendor\":\"go-e\",\"chargePointModel\":\"HOMEfix\"}"));
            assertThat(boot.path("status").asText()).isEqualTo("Accepted");
            cp.call("StatusNotification", json("{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}"));
        } else {
            JsonNode boot = cp.call("BootNotification", json(
                    "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"Home\",\"vendorName\":\"Zaptec\"}}"));
            assertThat(boot.path("status").asText()).isEqualTo("Accepted");
            cp.call("StatusNotification", json("{\"timestamp\":\"2026-11-27T10:00:00Z\","
                    + "\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}"));
        }
    }

    /** Chargers of this burst that have a stored connector status, read page by page through the API. */
    private static int statusesOf(String prefix) {
        int count = 0;
        Integer offset = 0;
        while (offset != null) {
            JsonNode page = TestSupport.parse(operator().queryParam("limit", 500).queryParam("offset", offset)
                    .get("/api/operator/charge-points").then().statusCode(200).extract().asString());
            for (JsonNode cp : page.path("items")) {
                if (cp.path("id").asText().startsWith(prefix + "-") && cp.path("connectors").size() == 1) {
                    count++;
                }
            }
            offset = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asInt();
        }
        return count;
    }
}
