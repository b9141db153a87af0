package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Required;

/** Reset (CSMS to charger): Soft stops transactions first, Hard may not. */
public final class Reset {

    public static final String ACTION = "Reset";

    private Reset() {
    }

    public record Request(@Required ResetType type) {
    }

    public record Response(@Required ResetStatus status) {
    }
}
