package com.wallbill.billing.app;

/**
 * A request billing refuses, with the HTTP status that says why (404 unknown or another company's, 409 not now).
 * The REST layers turn it into a problem response.
 */
public final class Refusal extends RuntimeException {

    private final int status;
    private final String title;

    public Refusal(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
