package com.wallbill.web;

/**
 * Opens a panel page as a user the test has already logged in through the API: the page keeps its bearer token
 * where the log-in page would have put it, so tests of other screens need not type a password each time.
 */
final class SignedIn {

    private SignedIn() {
    }

    static void open(Browser browser, String token, String hash) {
        browser.go("#/login");
        browser.heading("Log in");
        browser.script("localStorage.setItem('wallbill.token', arguments[0])", token);
        browser.go(hash);
    }
}
