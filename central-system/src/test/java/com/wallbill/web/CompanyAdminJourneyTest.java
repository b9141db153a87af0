package com.wallbill.web;

import static com.wallbill.central.TestSupport.link;
import static com.wallbill.central.TestSupport.mailTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.central.TestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A new company admin in a real Chromium: signs up, opens the verification link from the mail, logs in, goes
 * through the onboarding, then changes the Configuration and finds the changes after a reload.
 */
@QuarkusTest
class CompanyAdminJourneyTest {

    private static final String PASSWORD = "a long enough passphrase";

    @TestHTTPResource("/")
    URI app;

    @Test
    void signUpVerifyLogInOnboardAndConfigure() {
        String email = TestSupport.newId("web-admin") + "@acme.example";
        try (Browser browser = Browser.desktop(app)) {
            browser.go("#/signup");
            browser.heading("Create your company account");
            browser.type("companyName", "Acme Web Fleet");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.choose("timeZone", "Europe/Madrid");
            browser.screenshot("signup-desktop");
            browser.click("Create account");
            browser.heading("Check your inbox");
            browser.waitForText(email);

            browser.openMailedLink(link(mailTo(email, "Verify")));
            browser.heading("E-mail verification");
            browser.waitForText("Your e-mail address is verified.");
            browser.screenshot("verify-desktop");
            browser.click("Log in");

            browser.heading("Log in");
            browser.waitForText("You can log in now");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.click("Log in");

            onboard(browser);
            configure(browser, email);
        }
    }

    private void onboard(Browser browser) {
        browser.heading("Set up your company");
        browser.click("Continue");
        assertThat(browser.fieldError("taxId")).isEqualTo("Required");
        browser.type("taxId", "B12345678");
        browser.type("address.streetName", "Calle Mayor");
        browser.type("address.buildingNumber", "1");
        browser.type("address.postCode", "28013");
        browser.type("address.townName", "Madrid");
        browser.choose("address.countryCode", "ES");
        browser.screenshot("onboarding-company-desktop");
        browser.click("Continue");

        browser.find(By.cssSelector("form[data-step='terms']"));
        browser.type("refundPercent", "150");
        browser.find(By.cssSelector("input[name='paymentType'][value='AUTOMATIC']")).click();
        browser.click("Continue");
        // The server refuses it, and its message appears under the input it names.
        assertThat(browser.fieldError("refundPercent")).isEqualTo("must be between 0 and 100");
        assertThat(browser.input("refundPercent").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("onboarding-terms-error-desktop");
        browser.type("refundPercent", "80");
        browser.click("Continue");

        browser.waitForText("Sandbox payment provider");
        browser.waitForText("Without a card, automatic refunds cannot be paid");
        browser.choose("token", "tok_sandbox_visa");
        browser.screenshot("onboarding-card-desktop");
        browser.click("Add card");
        browser.find(By.cssSelector("li[data-last4='4242']"));
        browser.click("Continue");

        String code = browser.find(By.cssSelector("output[data-code]")).getAttribute("data-code");
        assertThat(code).matches("[A-HJ-NP-Z2-9]{12}");
        assertThat(browser.input("instructions").getAttribute("value")).contains(code).contains("#/signup/employee")
                .contains("Acme Web Fleet");
        browser.screenshot("onboarding-code-desktop");
        browser.click("Go to Configuration");
    }

    private void configure(Browser browser, String email) {
        browser.heading("Configuration");
        String token = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", PASSWORD))
                .post("/api/panel/auth/login").then().statusCode(200).extract().path("token");
        int night = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"name":"Night","rate":{"type":"FLAT","currency":"EUR","weekday":{"pricePerKwh":"0.10"},
                 "weekend":{"pricePerKwh":"0.08"}}}""").post("/api/panel/rates").then().statusCode(201).extract()
                .path("id");
        browser.reload();
        browser.heading("Configuration");
        assertThat(browser.input("refundPercent").getAttribute("value")).startsWith("80");
        assertThat(browser.input("taxId").getAttribute("value")).isEqualTo("B12345678");
        browser.screenshot("configuration-desktop");

        browser.type("refundPercent", "75.5");
        browser.find(By.cssSelector("input[name='autoActivate']")).click();
        browser.choose("defaultRateId", String.valueOf(night));
        browser.find(By.cssSelector("form[data-form='terms'] button[type='submit']")).click();
        browser.waitForText("Saved");

        String billing = TestSupport.newId("billing") + "@acme.example";
        browser.type("billingEmail", billing);
        browser.find(By.cssSelector("form[data-form='billing-email'] button[type='submit']")).click();
        browser.waitForText("Waiting for verification");
        browser.openMailedLink(link(mailTo(billing, "billing e-mail")));
        browser.heading("Billing e-mail");
        browser.waitForText("will be sent to " + billing);
        browser.screenshot("billing-email-desktop");

        browser.go("#/configuration");
        browser.heading("Configuration");
        browser.choose("token", "tok_sandbox_mastercard");
        browser.click("Add card");
        browser.find(By.cssSelector("li[data-last4='4444'] button.secondary")).click();
        browser.find(By.cssSelector("li[data-last4='4444'] .badge.ok"));
        browser.find(By.cssSelector("li[data-last4='4242'] button.danger")).click();
        browser.find(By.cssSelector("dialog[open] button.danger")).click();
        browser.gone(By.cssSelector("li[data-last4='4242']"));

        browser.reload();
        browser.heading("Configuration");
        assertThat(browser.input("refundPercent").getAttribute("value")).startsWith("75.5");
        assertThat(browser.find(By.cssSelector("input[name='autoActivate']")).isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector("input[name='paymentType'][value='AUTOMATIC']")).isSelected()).isTrue();
        assertThat(new Select(browser.input("defaultRateId")).getFirstSelectedOption().getText()).isEqualTo("Night");
        assertThat(browser.input("billingEmail").getAttribute("value")).isEqualTo(billing);
        browser.waitForText("Verified");
        assertThat(browser.all(By.cssSelector(".card-list li"))).hasSize(1);
        browser.find(By.cssSelector("li[data-last4='4444'] .badge.ok"));
        assertThat(browser.find(By.cssSelector("output[data-code]")).getText()).matches("[A-HJ-NP-Z2-9]{12}");
        browser.screenshot("configuration-saved-desktop");
    }
}
