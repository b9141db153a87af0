package com.wallbill.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to Reset (ResetStatusEnumType). */
public enum ResetStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    private final String wire;

    ResetStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ResetStatus fromWire(String wire) {
        return WireEnum.parse(ResetStatus.class, wire);
    }
}
