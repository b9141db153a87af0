package com.wallbill.ocpp.v201.availability;

import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** Heartbeat (station to CSMS): liveness and clock sync. */
public final class Heartbeat {

    public static final String ACTION = "Heartbeat";

    private Heartbeat() {
    }

    public record Request() {
    }

    public record Response(@Required Instant currentTime) {
    }
}
