package com.wallbill.ocpp.v201.availability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** State requested by ChangeAvailability (OperationalStatusEnumType). */
public enum OperationalStatus implements WireEnum {
    INOPERATIVE("Inoperative"),
    OPERATIVE("Operative");

    private final String wire;

    OperationalStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static OperationalStatus fromWire(String wire) {
        return WireEnum.parse(OperationalStatus.class, wire);
    }
}
