package com.wallbill.ocpp.v201.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Plain accept/reject answer (GenericStatusEnumType). */
public enum GenericStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String wire;

    GenericStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static GenericStatus fromWire(String wire) {
        return WireEnum.parse(GenericStatus.class, wire);
    }
}
