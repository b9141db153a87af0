package com.wallbill.web;

import static com.wallbill.panel.PanelFixture.as;

import com.wallbill.panel.PanelFixture;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A company admin past the onboarding (tax id and address given, so the panel opens its screens rather than the
 * onboarding), logged in through the log-in page like a person would.
 */
final class SignedInAdmin {

    private SignedInAdmin() {
    }

    /** A new company in Europe/Madrid paying in EUR, with its company data complete. */
    static PanelFixture.Admin onboarded(URI app) {
        PanelFixture.Admin admin = PanelFixture.admin(app);
        as(admin).body(Map.of("name", "Acme Fleet S.L.", "taxId", "B12345678", "address", Map.of("streetName",
                "Calle Mayor", "buildingNumber", "1", "postCode", "28013", "townName", "Madrid", "countryCode", "ES"),
                "timeZone", "Europe/Madrid", "currency", "EUR")).put("/api/panel/company").then().statusCode(200);
        return admin;
    }

    static void logIn(Browser browser, PanelFixture.Admin admin) {
        browser.go("#/login");
        browser.heading("Log in");
        browser.type("email", admin.email());
        browser.type("password", PanelFixture.PASSWORD);
        browser.click("Log in");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("#/login"));
    }
}
