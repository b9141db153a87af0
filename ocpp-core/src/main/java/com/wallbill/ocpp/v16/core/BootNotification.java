package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** BootNotification (charger to CSMS): the charger introduces itself after (re)booting. */
public final class BootNotification {

    public static final String ACTION = "BootNotification";

    private BootNotification() {
    }

    public record Request(
            @Required @MaxLength(20) String chargePointVendor,
            @Required @MaxLength(20) String chargePointModel,
            @MaxLength(25) String chargePointSerialNumber,
            @MaxLength(25) String chargeBoxSerialNumber,
            @MaxLength(50) String firmwareVersion,
            @MaxLength(20) String iccid,
            @MaxLength(20) String imsi,
            @MaxLength(25) String meterType,
            @MaxLength(25) String meterSerialNumber) {
    }

    /** {@code interval} is the heartbeat interval in seconds when Accepted, else the retry delay. */
    public record Response(
            @Required RegistrationStatus status,
            @Required Instant currentTime,
            @Range(min = 0) int interval) {
    }
}
