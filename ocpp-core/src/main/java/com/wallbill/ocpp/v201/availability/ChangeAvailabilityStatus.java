package com.wallbill.ocpp.v201.availability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to ChangeAvailability (ChangeAvailabilityStatusEnumType). */
public enum ChangeAvailabilityStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    SCHEDULED("Scheduled");

    private final String wire;

    ChangeAvailabilityStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ChangeAvailabilityStatus fromWire(String wire) {
        return WireEnum.parse(ChangeAvailabilityStatus.class, wire);
    }
}
