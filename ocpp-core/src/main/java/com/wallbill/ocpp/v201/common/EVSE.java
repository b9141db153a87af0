package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.Range;

/** An EVSE, optionally narrowed to one of its connectors (EVSEType). */
public record EVSE(@Range(min = 0) int id, @Range(min = 0) Integer connectorId) {

    public static EVSE of(int id) {
        return new EVSE(id, null);
    }
}
