package com.wallbill.ocpp.v201.firmware;

import com.wallbill.ocpp.common.Required;

/** FirmwareStatusNotification (station to CSMS): progress of a firmware update. */
public final class FirmwareStatusNotification {

    public static final String ACTION = "FirmwareStatusNotification";

    private FirmwareStatusNotification() {
    }

    public record Request(@Required FirmwareStatus status, Integer requestId) {
    }

    public record Response() {
    }
}
