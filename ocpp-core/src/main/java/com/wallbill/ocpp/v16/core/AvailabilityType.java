package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Operative state requested by ChangeAvailability. */
public enum AvailabilityType implements WireEnum {
    INOPERATIVE("Inoperative"),
    OPERATIVE("Operative");

    private final String wire;

    AvailabilityType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static AvailabilityType fromWire(String wire) {
        return WireEnum.parse(AvailabilityType.class, wire);
    }
}
