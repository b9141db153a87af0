package com.wallbill.panel;

import static com.wallbill.panel.PanelTestUsers.employee;
import static org.hamcrest.Matchers.equalTo;

import com.wallbill.billing.app.Accounts;
import com.wallbill.central.TestSupport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An operator who serves OCPP under its own address tells employees that address, with their charger's id. */
@QuarkusTest
@TestProfile(ConfiguredOcppAddressTest.OcppAddress.class)
class ConfiguredOcppAddressTest {

    public static class OcppAddress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wallbill.panel.ocpp-url", "wss://ocpp.fleet.example/ocpp/");
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    Pool pool;

    @Test
    void chargersCarryTheConfiguredOcppAddress() {
        var ana = employee(pool, accounts, "Ana Address");
        String id = TestSupport.newId("cp-addr");
        ana.api().body(Map.of("chargePointId", id, "password", "sixteen-chars-pass")).post("/api/panel/me/chargers")
                .then().statusCode(201).body("ocppUrl", equalTo("wss://ocpp.fleet.example/ocpp/" + id));
        ana.api().get("/api/panel/me/chargers").then().statusCode(200)
                .body("items[0].ocppUrl", equalTo("wss://ocpp.fleet.example/ocpp/" + id));
    }
}
