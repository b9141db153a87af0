package com.wallbill.web;

import static com.wallbill.panel.PanelFixture.as;
import static com.wallbill.panel.PanelFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The Rates screen in a real Chromium: an hourly rate made with the slot editor, made default, and quoted. */
@QuarkusTest
class RatesPageTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void anHourlyRateMadeWithTheSlotEditorIsListedMadeDefaultAndQuotedSlotBySlot() {
        var admin = SignedInAdmin.onboarded(app);
        try (Browser browser = Browser.desktop(app)) {
            SignedInAdmin.logIn(browser, admin);
            browser.go("#/rates");
            browser.heading("Rates");
            browser.click("New rate");
            // The server's checks are made before sending: nothing typed yet.
            browser.click("Save rate");
            assertThat(browser.fieldError("name")).isEqualTo("Give the rate a name.");
            assertThat(browser.fieldError("rate.weekday.pricePerKwh"))
                    .isEqualTo("Enter a price such as 0.15 (not negative).");
            assertThat(browser.alert()).isEqualTo("Please correct the marked fields.");

            browser.type("name", "Default");
            browser.find(By.cssSelector("input[name='rate.type'][value='HOURLY']")).click();
            // Weekdays: split at 08:00, 0.09 before and 0.22 after; weekends: one slot all day.
            WebElement weekdays = browser.find(By.cssSelector("fieldset[data-field='rate.weekday']"));
            new Select(weekdays.findElement(By.cssSelector(".slot-split select"))).selectByVisibleText("08:00");
            weekdays.findElement(By.xpath(".//button[normalize-space()='Split']")).click();
            // The boundary dragged an hour earlier on the bar, then put back with its select.
            WebElement bar = weekdays.findElement(By.cssSelector(".slot-bar"));
            new Actions(browser.driver()).clickAndHold(weekdays.findElement(By.cssSelector(".slot-handle")))
                    .moveByOffset(-bar.getSize().getWidth() / 24, 0).release().perform();
            Select until = new Select(weekdays.findElement(By.cssSelector(".slot-until select")));
            assertThat(until.getFirstSelectedOption().getText()).isEqualTo("07:00");
            until.selectByVisibleText("08:00");
            price(browser, "rate.weekday[0].pricePerKwh", "0.09");
            price(browser, "rate.weekday[1].pricePerKwh", "0.22");
            price(browser, "rate.weekend[0].pricePerKwh", "0.10");
            assertThat(weekdays.findElement(By.cssSelector(".slot-bar")).getAttribute("aria-label"))
                    .isEqualTo("Weekdays (Monday to Friday): 00:00 to 08:00 at 0.09; 08:00 to 24:00 at 0.22");
            shoot(browser, weekdays, "rates-editor-desktop");
            // What only the server knows is shown too: the name is taken.
            browser.click("Save rate");
            assertThat(browser.fieldError("name")).isEqualTo("the company already has a rate with this name");
            browser.type("name", "Valley and peak");
            browser.click("Save rate");

            By row = By.xpath("//tr[td//span[@class='rate-name' and text()='Valley and peak']]");
            browser.find(row);
            JsonNode saved = json(as(admin).get("/api/panel/rates")).path("items").get(1);
            assertThat(saved.path("name").asText()).isEqualTo("Valley and peak");
            assertThat(saved.path("rate").toString()).isEqualTo("""
                    {"type":"HOURLY","currency":"EUR","weekday":[{"from":"00:00","to":"08:00","pricePerKwh":"0.09"},\
                    {"from":"08:00","to":"24:00","pricePerKwh":"0.22"}],\
                    "weekend":[{"from":"00:00","to":"24:00","pricePerKwh":"0.10"}]}""");

            browser.find(row).findElement(By.xpath(".//button[normalize-space()='Make default']")).click();
            browser.waitForText("Valley and peak is now the default rate");
            assertThat(browser.find(row).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Default");
            assertThat(json(as(admin).get("/api/panel/company/settings")).path("defaultRateId").asLong())
                    .isEqualTo(saved.path("id").asLong());

            By firstDefault = By.xpath("//tr[td//span[@class='rate-name' and text()='Default']]");
            browser.find(firstDefault).findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
            browser.find(By.cssSelector("dialog[open]")).findElement(By.xpath(".//button[normalize-space()='Delete']"))
                    .click();
            browser.waitForText("Rate Default deleted");
            assertThat(browser.all(firstDefault)).isEmpty();
            assertThat(json(as(admin).get("/api/panel/rates")).path("items")).hasSize(1);

            // Wednesday 16 September 2026, 07:00 to 09:00 in Madrid, 10 kWh: 5 kWh at 0.09 and 5 kWh at 0.22.
            browser.choose("rateId", saved.path("id").asText());
            browser.script("arguments[0].value = '2026-09-16T07:00'", browser.input("start"));
            browser.type("duration", "2");
            browser.type("energy", "10");
            browser.click("Calculate");
            WebElement cost = browser.find(By.cssSelector(".quote-cost"));
            assertThat(cost.getText()).isEqualTo("€1.55");
            List<String> lines = browser.all(By.cssSelector(".quote-breakdown tbody tr")).stream()
                    .map(WebElement::getText).toList();
            assertThat(lines).containsExactly("Weekdays 00:00 – 08:00 €0.09 5 kWh €0.45",
                    "Weekdays 08:00 – 24:00 €0.22 5 kWh €1.10");
            shoot(browser, browser.find(By.cssSelector(".quote")), "rates-quote-desktop");
            shoot(browser, browser.find(By.tagName("h1")), "rates-desktop");
            browser.find(By.cssSelector("button[data-lang='es']")).click();
            browser.heading("Tarifas");
            assertThat(browser.find(row).getText()).contains("Por franjas horarias", "Predeterminada");
            browser.find(By.cssSelector("button[data-lang='en']")).click();
            browser.heading("Rates");

            browser.resize(360, 740);
            assertThat(browser.overflowsSideways()).isFalse();
            shoot(browser, browser.find(By.tagName("h1")), "rates-phone");
            browser.find(row).findElement(By.xpath(".//button[normalize-space()='Edit']")).click();
            shoot(browser, browser.find(By.cssSelector("fieldset[data-field='rate.weekday']")), "rates-editor-phone");
            assertThat(browser.overflowsSideways()).isFalse();
            browser.click("Cancel");
            browser.click("Calculate");
            shoot(browser, browser.find(By.cssSelector(".quote-cost")), "rates-quote-phone");
            assertThat(browser.overflowsSideways()).isFalse();
        }
    }

    /** A screenshot with {@code element} at the top and without the toasts that would cover the page. */
    private static void shoot(Browser browser, WebElement element, String name) {
        browser.script("document.getElementById('toasts').replaceChildren(); arguments[0].scrollIntoView()", element);
        browser.screenshot(name);
    }

    private static void price(Browser browser, String name, String value) {
        WebElement input = browser.input(name);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
