package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** A part of the station in the device model (ComponentType), e.g. OCPPCommCtrlr or an EVSE's Connector. */
public record Component(
        @Required @MaxLength(50) String name,
        @MaxLength(50) String instance,
        EVSE evse) {

    public static Component of(String name) {
        return new Component(name, null, null);
    }
}
