package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Kind of Reset. */
public enum ResetType implements WireEnum {
    HARD("Hard"),
    SOFT("Soft");

    private final String wire;

    ResetType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ResetType fromWire(String wire) {
        return WireEnum.parse(ResetType.class, wire);
    }
}
