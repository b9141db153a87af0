package com.wallbill.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** When to reset (ResetEnumType). */
public enum ResetType implements WireEnum {
    IMMEDIATE("Immediate"),
    ON_IDLE("OnIdle");

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
