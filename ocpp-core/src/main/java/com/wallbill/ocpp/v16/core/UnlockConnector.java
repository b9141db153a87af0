package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;

/** UnlockConnector (CSMS to charger). */
public final class UnlockConnector {

    public static final String ACTION = "UnlockConnector";

    private UnlockConnector() {
    }

    public record Request(@Range(min = 1) int connectorId) {
    }

    public record Response(@Required UnlockStatus status) {
    }
}
