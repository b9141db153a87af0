package com.wallbill.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Whether a variable attribute can be written (MutabilityEnumType). */
public enum Mutability implements WireEnum {
    READ_ONLY("ReadOnly"),
    WRITE_ONLY("WriteOnly"),
    READ_WRITE("ReadWrite");

    private final String wire;

    Mutability(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static Mutability fromWire(String wire) {
        return WireEnum.parse(Mutability.class, wire);
    }
}
