package com.wallbill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.panel.PanelFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The log-in page, the onboarding and the menu at 360 px: nothing wider than the screen, the menu behind a button. */
@QuarkusTest
class PhoneLayoutTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void loginAndOnboardingFitAPhoneAndTheMenuOpensFromItsButton() {
        var admin = PanelFixture.admin(app);
        try (Browser browser = Browser.phone(app)) {
            browser.go("#/login");
            browser.heading("Log in");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(360L);
            assertThat(browser.overflowsSideways()).isFalse();
            browser.screenshot("login-phone");

            browser.type("email", admin.email());
            browser.type("password", PanelFixture.PASSWORD);
            browser.click("Log in");
            browser.heading("Set up your company");
            assertThat(browser.overflowsSideways()).isFalse();
            browser.screenshot("onboarding-phone");

            browser.go("#/configuration");
            browser.heading("Configuration");
            assertThat(browser.overflowsSideways()).isFalse();
            assertThat(browser.find(By.cssSelector(".menu-button")).getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(browser.all(By.cssSelector("#sidebar .menu a")).get(0).isDisplayed()).isFalse();
            browser.find(By.cssSelector(".menu-button")).click();
            assertThat(browser.find(By.cssSelector("#sidebar .menu a[data-menu='rates']")).isDisplayed()).isTrue();
            browser.screenshot("configuration-phone-menu");
        }
    }
}
