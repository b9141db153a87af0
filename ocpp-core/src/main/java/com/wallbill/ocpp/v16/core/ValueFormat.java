package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Whether a sampled value is plain or signed data; absent means Raw. */
public enum ValueFormat implements WireEnum {
    RAW("Raw"),
    SIGNED_DATA("SignedData");

    private final String wire;

    ValueFormat(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ValueFormat fromWire(String wire) {
        return WireEnum.parse(ValueFormat.class, wire);
    }
}
