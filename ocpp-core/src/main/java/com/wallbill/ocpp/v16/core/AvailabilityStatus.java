package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to ChangeAvailability. */
public enum AvailabilityStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    private final String wire;

    AvailabilityStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static AvailabilityStatus fromWire(String wire) {
        return WireEnum.parse(AvailabilityStatus.class, wire);
    }
}
