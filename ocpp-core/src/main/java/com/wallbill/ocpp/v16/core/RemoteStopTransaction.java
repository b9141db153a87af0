package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Required;

/** RemoteStopTransaction (CSMS to charger). */
public final class RemoteStopTransaction {

    public static final String ACTION = "RemoteStopTransaction";

    private RemoteStopTransaction() {
    }

    public record Request(int transactionId) {
    }

    public record Response(@Required RemoteStartStopStatus status) {
    }
}
