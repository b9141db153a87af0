package com.wallbill.ocpp.v16.firmware;

import com.wallbill.ocpp.common.Required;

/** DiagnosticsStatusNotification (charger to CSMS): progress of a diagnostics upload. */
public final class DiagnosticsStatusNotification {

    public static final String ACTION = "DiagnosticsStatusNotification";

    private DiagnosticsStatusNotification() {
    }

    public record Request(@Required DiagnosticsStatus status) {
    }

    public record Response() {
    }
}
