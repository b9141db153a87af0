package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;

/**
 * RemoteStartTransaction (CSMS to charger). {@code chargingProfile} is passed through as JSON: Wallbill does
 * not do smart charging, so it is not typed (nor validated beyond being JSON).
 */
public final class RemoteStartTransaction {

    public static final String ACTION = "RemoteStartTransaction";

    private RemoteStartTransaction() {
    }

    public record Request(
            @Range(min = 1) Integer connectorId,
            @Required @MaxLength(20) String idTag,
            JsonNode chargingProfile) {
    }

    public record Response(@Required RemoteStartStopStatus status) {
    }
}
