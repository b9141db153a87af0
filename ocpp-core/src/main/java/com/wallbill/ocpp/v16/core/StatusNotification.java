package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** StatusNotification (charger to CSMS): a connector's (0 = charge point's) status or error changed. */
public final class StatusNotification {

    public static final String ACTION = "StatusNotification";

    private StatusNotification() {
    }

    public record Request(
            @Range(min = 0) int connectorId,
            @Required ChargePointErrorCode errorCode,
            @MaxLength(50) String info,
            @Required ChargePointStatus status,
            Instant timestamp,
            @MaxLength(255) String vendorId,
            @MaxLength(50) String vendorErrorCode) {
    }

    public record Response() {
    }
}
