package com.wallbill.ocpp.v16.firmware;

import com.wallbill.ocpp.common.Required;

/** FirmwareStatusNotification (charger to CSMS): progress of a firmware update. */
public final class FirmwareStatusNotification {

    public static final String ACTION = "FirmwareStatusNotification";

    private FirmwareStatusNotification() {
    }

    public record Request(@Required FirmwareStatus status) {
    }

    public record Response() {
    }
}
