package com.wallbill.panel.auth;

import com.wallbill.billing.app.Refusal;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated caller of the current request, set by {@link PanelAuthentication}. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new Refusal(401, "Unauthorized", "Log in first: send Authorization: Bearer <token>");
        }
        return caller;
    }
}
