package com.wallbill.ocpp.v201.availability;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** StatusNotification (station to CSMS): a connector's status changed. */
public final class StatusNotification {

    public static final String ACTION = "StatusNotification";

    private StatusNotification() {
    }

    public record Request(
            @Required Instant timestamp,
            @Required ConnectorStatus connectorStatus,
            @Range(min = 0) int evseId,
            @Range(min = 0) int connectorId) {
    }

    public record Response() {
    }
}
