package com.wallbill.web;

import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.panel.PanelFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.app.Accounts;
import com.wallbill.panel.PanelChargers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The Devices screen in a real Chromium, on a charger linked over real OCPP and the panel API. */
@QuarkusTest
class DevicesPageTest {

    @TestHTTPResource("/")
    URI app;

    @Inject
    Accounts accounts;

    @Test
    void aLinkedChargerIsListedItsRefundChangeIsSavedARefusalIsShownAndTheIbanIsOneMenuAway() {
        var admin = SignedInAdmin.onboarded(app);
        var ana = PanelChargers.linked(app, accounts, admin, "Ana Pérez");
        By row = By.cssSelector("tr.device[data-link-id='" + ana.linkId() + "']");
        try (Browser browser = Browser.desktop(app)) {
            SignedInAdmin.logIn(browser, admin);
            browser.go("#/devices");
            browser.heading("Devices");
            assertThat(browser.find(row).getText()).contains("Ana Pérez", ana.chargePointId(), "Online",
                    "Off, not billed", "Company’s: Manual", "Company’s: Default")
                    .doesNotContain("Use company’s");
            assertThat(browser.find(row).findElement(By.name("refundPercent")).getAttribute("value")).isEqualTo("100");
            browser.script("document.getElementById('toasts').replaceChildren()");
            browser.screenshot("devices-desktop");

            refund(browser, row, "55");
            browser.waitForText("Saved for Ana Pérez");
            assertThat(json(as(admin).get("/api/panel/devices/{id}", ana.linkId())).path("settings")
                    .path("refundPercent").decimalValue()).isEqualByComparingTo("55");
            browser.reload();
            browser.heading("Devices");
            assertThat(browser.find(row).findElement(By.name("refundPercent")).getAttribute("value")).isEqualTo("55");
            assertThat(browser.find(row).getText()).contains("Own value", "Use company’s");

            refund(browser, row, "150");
            WebElement error = browser.find(By.id("device-" + ana.linkId() + "-error"));
            assertThat(error.getText()).isEqualTo("Not saved: Refund %: must be between 0 and 100");
            assertThat(browser.find(row).findElement(By.name("refundPercent")).getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(json(as(admin).get("/api/panel/devices/{id}", ana.linkId())).path("settings")
                    .path("refundPercent").decimalValue()).isEqualByComparingTo("55");

            browser.find(row).findElement(By.cssSelector(".options-button")).click();
            browser.screenshot("devices-menu-desktop");
            browser.click("Employee details and IBAN");
            WebElement dialog = browser.find(By.cssSelector("dialog.employee-dialog"));
            browser.waitForText("ES91 2100 0418 4502 0005 1332");
            assertThat(dialog.getText()).contains("Ana Pérez", "@example.com", "Gran Via 22, 28013 Madrid, ES");
            browser.screenshot("devices-iban-desktop");
            browser.click("Close");

            browser.find(By.cssSelector("button[data-lang='es']")).click();
            browser.heading("Dispositivos");
            assertThat(browser.find(row).getText()).contains("Conectado", "Propio", "Empresa: Manual");
            browser.find(By.cssSelector("button[data-lang='en']")).click();
            browser.heading("Devices");

            browser.resize(360, 740);
            browser.script("document.getElementById('toasts').replaceChildren()");
            browser.find(row);
            assertThat(browser.overflowsSideways()).isFalse();
            browser.screenshot("devices-phone");
            // The options menu by keyboard: Enter opens it on its first entry, Enter again chooses it.
            browser.find(row).findElement(By.cssSelector(".options-button")).sendKeys(Keys.ENTER);
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Employee details and IBAN");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitForText("ES91 2100 0418 4502 0005 1332");
            browser.screenshot("devices-iban-phone");
            browser.click("Close");

            browser.find(row).findElement(By.cssSelector(".options-button")).click();
            browser.click("Unlink charger");
            browser.find(By.cssSelector("dialog[open]")).findElement(By.xpath(".//button[normalize-space()="
                    + "'Unlink charger']")).click();
            browser.waitForText("No charger is linked yet.");
            as(admin).get("/api/panel/devices/{id}", ana.linkId()).then().statusCode(404);
        } finally {
            ana.charger().close();
        }
    }

    private static void refund(Browser browser, By row, String value) {
        WebElement input = browser.find(row).findElement(By.name("refundPercent"));
        // Not clear(): WebDriver's clear leaves the field, which saves the empty field (the company's value).
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ENTER);
    }
}
