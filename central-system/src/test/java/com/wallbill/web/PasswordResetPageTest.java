package com.wallbill.web;

import static com.wallbill.central.TestSupport.link;
import static com.wallbill.central.TestSupport.mailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.panel.PanelFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The forgotten-password flow in a real Chromium, from the log-in page to a log-in with the new password. */
@QuarkusTest
class PasswordResetPageTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void forgottenPasswordIsResetThroughTheMailedLink() {
        var admin = PanelFixture.admin(app);
        try (Browser browser = Browser.desktop(app)) {
            browser.go("#/login");
            browser.click("Forgot your password?");
            browser.heading("Forgotten password");
            browser.type("email", admin.email());
            browser.screenshot("forgot-desktop");
            browser.click("Send the link");
            browser.waitForText("a reset link is on its way");

            browser.openMailedLink(link(mailTo(admin.email(), "Reset")));
            browser.heading("Choose a new password");
            browser.type("password", "a new passphrase here");
            browser.type("passwordRepeat", "another passphrase");
            browser.click("Change password");
            assertThat(browser.fieldError("passwordRepeat")).isEqualTo("The two passwords are different");

            browser.type("password", "too short");
            browser.type("passwordRepeat", "too short");
            browser.click("Change password");
            assertThat(browser.fieldError("password")).isEqualTo("must have 12 to 128 characters");
            browser.screenshot("reset-error-desktop");

            browser.type("password", "a new passphrase here");
            browser.type("passwordRepeat", "a new passphrase here");
            browser.click("Change password");
            browser.heading("Log in");
            browser.waitForText("Your password has been changed");

            browser.type("email", admin.email());
            browser.type("password", PanelFixture.PASSWORD);
            browser.click("Log in");
            assertThat(browser.alert()).contains("Wrong e-mail or password");
            browser.type("password", "a new passphrase here");
            browser.click("Log in");
            browser.heading("Set up your company");
        }
    }
}
