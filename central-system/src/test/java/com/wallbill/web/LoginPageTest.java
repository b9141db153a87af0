package com.wallbill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.panel.PanelFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The log-in page in a real Chromium: it renders, speaks both languages, and shows the server's refusal. */
@QuarkusTest
class LoginPageTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void loginPageSwitchesLanguageAndShowsTheServersErrorForAWrongPassword() {
        var admin = PanelFixture.admin(app);
        try (Browser browser = Browser.desktop(app)) {
            browser.go("#/login");
            browser.heading("Log in");
            browser.screenshot("login-desktop");

            browser.find(By.cssSelector("button[data-lang='es']")).click();
            browser.heading("Iniciar sesión");
            assertThat(browser.find(By.cssSelector("label[for='" + browser.input("password").getAttribute("id")
                    + "']")).getText()).isEqualTo("Contraseña");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("es");
            browser.find(By.cssSelector("button[data-lang='en']")).click();
            browser.heading("Log in");

            browser.type("email", admin.email());
            browser.type("password", "not the password at all");
            browser.click("Log in");
            assertThat(browser.alert()).contains("Wrong e-mail or password");
        }
    }

    @Test
    void anUnknownAddressSaysPageNotFound() {
        try (Browser browser = Browser.desktop(app)) {
            browser.go("#/no-such-page");
            browser.heading("Page not found");
        }
    }
}
