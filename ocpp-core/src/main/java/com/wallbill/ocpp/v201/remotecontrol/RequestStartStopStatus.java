package com.wallbill.ocpp.v201.remotecontrol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to RequestStartTransaction and RequestStopTransaction (RequestStartStopStatusEnumType). */
public enum RequestStartStopStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wire;

    RequestStartStopStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static RequestStartStopStatus fromWire(String wire) {
        return WireEnum.parse(RequestStartStopStatus.class, wire);
    }
}
