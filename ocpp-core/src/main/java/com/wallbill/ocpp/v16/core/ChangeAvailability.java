package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;

/** ChangeAvailability (CSMS to charger): connector 0 means the whole charge point. */
public final class ChangeAvailability {

    public static final String ACTION = "ChangeAvailability";

    private ChangeAvailability() {
    }

    public record Request(@Range(min = 0) int connectorId, @Required AvailabilityType type) {
    }

    public record Response(@Required AvailabilityStatus status) {
    }
}
