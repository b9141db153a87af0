package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to RemoteStartTransaction and RemoteStopTransaction. */
public enum RemoteStartStopStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wire;

    RemoteStartStopStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static RemoteStartStopStatus fromWire(String wire) {
        return WireEnum.parse(RemoteStartStopStatus.class, wire);
    }
}
