package com.wallbill.panel;

import static com.wallbill.panel.PanelTestUsers.IBAN;
import static com.wallbill.panel.PanelTestUsers.admin;
import static com.wallbill.panel.PanelTestUsers.company;
import static com.wallbill.panel.PanelTestUsers.employee;
import static com.wallbill.panel.PanelTestUsers.ownCharger;
import static com.wallbill.panel.PanelTestUsers.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.wallbill.billing.app.Accounts;
import com.wallbill.billing.app.Pbkdf2;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.TestSupport;
import com.wallbill.simulator.ScriptedChargePoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The employee's pages: profile, chargers, IBAN, links; each only for its owner. */
@QuarkusTest
class EmployeePagesTest {

    @TestHTTPResource("/ocpp")
    URI http;

    @Inject
    Accounts accounts;

    @Inject
    Pool pool;

    @Test
    void profileKeepsNameAndStructuredAddressAndNamesTheFieldOfABadOne() {
        var ana = employee(pool, accounts, "Ana Pérez");
        ana.api().body(Map.of("name", "Ana Pérez Gil", "address", Map.of("streetName", "Gran Via", "buildingNumber",
                "22", "postCode", "28013", "townName", "Madrid", "countryCode", "es")))
                .put("/api/panel/me/profile").then().statusCode(200)
                .body("name", equalTo("Ana Pérez Gil")).body("address.countryCode", equalTo("ES"));
        ana.api().get("/api/panel/me/profile").then().statusCode(200).body("address.townName", equalTo("Madrid"))
                .body("email", equalTo(ana.email()));

        ana.api().body(Map.of("name", "Ana", "address", Map.of("countryCode", "ES"))).put("/api/panel/me/profile")
                .then().statusCode(400).body("detail", startsWith("address.townName:"));
        ana.api().body(Map.of("name", "Ana", "address", Map.of("townName", "Madrid", "countryCode", "XX")))
                .put("/api/panel/me/profile").then().statusCode(400).body("detail", startsWith("address.countryCode:"));
        ana.api().body(Map.of("name", " ")).put("/api/panel/me/profile").then().statusCode(400)
                .body("detail", startsWith("name:")).contentType("application/problem+json");
    }

    @Test
    void chargerIsRegisteredWithItsOcppPasswordClaimedOnceAndGivenUp() {
        var ana = employee(pool, accounts, "Ana Charger");
        var bob = employee(pool, accounts, "Bob Charger");
        String id = TestSupport.newId("cp-own");

        try (ScriptedChargePoint cp = ownCharger(ana, TestSupport.ocppEndpoint(http), id)) {
            assertThat(cp.call("Heartbeat", TestSupport.json("{}")).has("currentTime")).isTrue();
        }
        String stored = row(pool, "SELECT password_hash FROM charge_point WHERE id = $1", Tuple.of(id))
                .getString("password_hash");
        assertThat(stored).startsWith("pbkdf2-sha256$10000$");

        ana.api().body(Map.of("chargePointId", id, "password", "a-new-sixteen-plus")).post("/api/panel/me/chargers")
                .then().statusCode(200).body("chargePointId", equalTo(id));
        assertThat(Pbkdf2.verify("a-new-sixteen-plus", row(pool, "SELECT password_hash FROM charge_point WHERE id = $1",
                Tuple.of(id)).getString("password_hash"))).isTrue();
        bob.api().body(Map.of("chargePointId", id, "password", "bobs-sixteen-chars")).post("/api/panel/me/chargers")
                .then().statusCode(409).body("detail", startsWith("chargePointId:"));

        ana.api().get("/api/panel/me/chargers").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].chargePointId", equalTo(id)).body("items[0].link", nullValue())
                // no wallbill.panel.ocpp-url in tests: the page shows its own host's /ocpp/ address
                .body("items[0].ocppUrl", nullValue())
                .body("offset", equalTo(0)).body("limit", equalTo(50)).body("next", nullValue());
        bob.api().get("/api/panel/me/chargers").then().statusCode(200).body("items", hasSize(0));
        bob.api().delete("/api/panel/me/chargers/{id}", id).then().statusCode(404);

        ana.api().delete("/api/panel/me/chargers/{id}", id).then().statusCode(204);
        ana.api().get("/api/panel/me/chargers").then().body("items", hasSize(0));
        bob.api().body(Map.of("chargePointId", id, "password", "bobs-sixteen-chars")).post("/api/panel/me/chargers")
                .then().statusCode(201);
    }

    @Test
    void operatorRegisteredChargerIsClaimedButNotOneLinkedForSomeoneElse() {
        var ana = employee(pool, accounts, "Ana Claim");
        String free = TestSupport.newId("cp-free");
        TestSupport.register(free, null);
        ana.api().body(Map.of("chargePointId", free, "password", "sixteen-chars-ok")).post("/api/panel/me/chargers")
                .then().statusCode(201);

        var company = company(accounts, PaymentType.AUTOMATIC);
        long other = TestSupport.await(accounts.createEmployee(new Accounts.NewEmployee("Other", null, null, null)));
        String taken = TestSupport.newId("cp-taken");
        TestSupport.register(taken, null);
        TestSupport.await(accounts.link(company.code(), other, taken, PanelTestUsers.LONG_AGO));
        ana.api().body(Map.of("chargePointId", taken, "password", "sixteen-chars-ok")).post("/api/panel/me/chargers")
                .then().statusCode(409);
    }

    @Test
    void badChargerRegistrationsNameTheField() {
        var ana = employee(pool, accounts, "Ana Bad");
        ana.api().body(Map.of("chargePointId", "a:b", "password", "sixteen-chars-ok")).post("/api/panel/me/chargers")
                .then().statusCode(400).body("detail", startsWith("chargePointId:"));
        ana.api().body(Map.of("chargePointId", "x".repeat(49), "password", "sixteen-chars-ok"))
                .post("/api/panel/me/chargers").then().statusCode(400).body("detail", startsWith("chargePointId:"));
        ana.api().body(Map.of("chargePointId", TestSupport.newId("cp"), "password", "short"))
                .post("/api/panel/me/chargers").then().statusCode(400).body("detail", startsWith("password:"));
        ana.api().queryParam("limit", 501).get("/api/panel/me/chargers").then().statusCode(400)
                .body("detail", startsWith("limit:"));
    }

    @Test
    void ibanIsValidatedStoredEncryptedAndShownInFullToItsOwnerOnly() {
        var ana = employee(pool, accounts, "Ana Iban");
        ana.api().get("/api/panel/me/iban").then().statusCode(200).body("iban", nullValue());
        ana.api().body(Map.of("iban", "ES9121000418450200051333")).put("/api/panel/me/iban").then().statusCode(400)
                .body("detail", equalTo("iban: IBAN check digits do not match"));
        ana.api().body(Map.of("iban", IBAN, "bic", "NOTABIC")).put("/api/panel/me/iban").then().statusCode(400)
                .body("detail", startsWith("bic:"));

        ana.api().body(Map.of("iban", "es91 2100 0418 4502 0005 1332", "bic", "caixesbbxxx")).put("/api/panel/me/iban")
                .then().statusCode(200).body("iban", equalTo(IBAN)).body("masked", equalTo("ES91 **** **** **** **** 1332"))
                .body("bic", equalTo("CAIXESBBXXX")).body("awaitingConfirmation", equalTo(true));
        ana.api().get("/api/panel/me/iban").then().statusCode(200).body("iban", equalTo(IBAN));
        String stored = row(pool, "SELECT iban FROM employee WHERE id = $1", Tuple.of(ana.id())).getString("iban");
        assertThat(stored).startsWith("v1:").doesNotContain("1332");

        var company = company(accounts, PaymentType.AUTOMATIC);
        var admin = admin(pool, company.id());
        admin.api().get("/api/panel/employees/{id}/iban", ana.id()).then().statusCode(404);
        admin.api().post("/api/panel/employees/{id}/iban/confirm", ana.id()).then().statusCode(404);
        admin.api().get("/api/panel/me/iban").then().statusCode(404);
        ana.api().get("/api/panel/employees/{id}/iban", ana.id()).then().statusCode(404);

        String cp = TestSupport.newId("cp-iban");
        ana.api().body(Map.of("chargePointId", cp, "password", "sixteen-chars-ok")).post("/api/panel/me/chargers")
                .then().statusCode(201);
        ana.api().body(Map.of("chargePointId", cp, "companyCode", company.code())).post("/api/panel/me/links")
                .then().statusCode(201);
        admin.api().get("/api/panel/employees/{id}/iban", ana.id()).then().statusCode(200)
                .body("iban", equalTo(IBAN)).body("awaitingConfirmation", equalTo(true));
        admin.api().post("/api/panel/employees/{id}/iban/confirm", ana.id()).then().statusCode(200)
                .body("awaitingConfirmation", equalTo(false));
        admin.api().post("/api/panel/employees/{id}/iban/confirm", ana.id()).then().statusCode(409);

        ana.api().body(Map.of("iban", IBAN, "bic", "CAIXESBBXXX")).put("/api/panel/me/iban").then().statusCode(200)
                .body("awaitingConfirmation", equalTo(false));
        ana.api().body(Map.of("iban", PanelTestUsers.OTHER_IBAN)).put("/api/panel/me/iban").then().statusCode(200)
                .body("awaitingConfirmation", equalTo(true));
        admin.api().get("/api/panel/audit").then().body("items.action",
                org.hamcrest.Matchers.contains("IBAN_CHANGED", "IBAN_CONFIRMED", "DEVICE_LINKED"));
    }

    @Test
    void chargerIsLinkedByCompanyCodeOnceAndUnlinkedOnlyByItsOwner() {
        var ana = employee(pool, accounts, "Ana Link");
        var bob = employee(pool, accounts, "Bob Link");
        var company = company(accounts, PaymentType.AUTOMATIC);
        String id = TestSupport.newId("cp-link");
        ana.api().body(Map.of("chargePointId", id, "password", "sixteen-chars-ok")).post("/api/panel/me/chargers")
                .then().statusCode(201);

        ana.api().body(Map.of("chargePointId", id, "companyCode", "NOSUCHCODE12")).post("/api/panel/me/links")
                .then().statusCode(404).body("detail", startsWith("companyCode:"));
        bob.api().body(Map.of("chargePointId", id, "companyCode", company.code())).post("/api/panel/me/links")
                .then().statusCode(404).body("detail", startsWith("chargePointId:"));
        ana.api().body(Map.of("chargePointId", id)).post("/api/panel/me/links").then().statusCode(400)
                .body("detail", startsWith("companyCode:"));

        int linkId = ana.api().body(Map.of("chargePointId", id, "companyCode", company.code().toLowerCase()))
                .post("/api/panel/me/links").then().statusCode(201).body("companyId", equalTo((int) company.id()))
                .body("loggingActive", equalTo(true)).extract().path("id");
        ana.api().body(Map.of("chargePointId", id, "companyCode", company.code())).post("/api/panel/me/links")
                .then().statusCode(409);
        ana.api().get("/api/panel/me/chargers").then().body("items[0].link.id", equalTo(linkId));

        bob.api().delete("/api/panel/me/links/{id}", linkId).then().statusCode(404);
        ana.api().delete("/api/panel/me/links/{id}", linkId).then().statusCode(204);
        ana.api().delete("/api/panel/me/links/{id}", linkId).then().statusCode(404);
        ana.api().get("/api/panel/me/chargers").then().body("items[0].link", nullValue());

        var admin = admin(pool, company.id());
        admin.api().get("/api/panel/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("DEVICE_UNLINKED", "DEVICE_LINKED"))
                .body("items[0].actor.email", equalTo(ana.email()));
    }

    @Test
    void employeePagesAreNotForAdmins() {
        var admin = admin(pool, company(accounts, PaymentType.AUTOMATIC).id());
        for (String path : new String[] {"/api/panel/me/profile", "/api/panel/me/chargers", "/api/panel/me/iban",
                "/api/panel/me/sessions", "/api/panel/me/refunds"}) {
            admin.api().get(path).then().statusCode(404);
        }
        admin.api().body(Map.of("chargePointId", "x", "companyCode", "y")).post("/api/panel/me/links").then()
                .statusCode(404);
        io.restassured.RestAssured.given().get("/api/panel/me/sessions").then().statusCode(401);
    }
}
