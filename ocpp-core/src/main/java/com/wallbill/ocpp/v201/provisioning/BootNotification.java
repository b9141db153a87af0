package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.StatusInfo;
import java.time.Instant;

/** BootNotification (station to CSMS): the station introduces itself after (re)booting. */
public final class BootNotification {

    public static final String ACTION = "BootNotification";

    private BootNotification() {
    }

    public record Request(@Required ChargingStation chargingStation, @Required BootReason reason) {
    }

    /** {@code interval} is the heartbeat interval in seconds when Accepted, else the retry delay. */
    public record Response(
            @Required Instant currentTime,
            @Range(min = 0) int interval,
            @Required RegistrationStatus status,
            StatusInfo statusInfo) {
    }
}
