package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to BootNotification. */
public enum RegistrationStatus implements WireEnum {
    ACCEPTED("Accepted"),
    PENDING("Pending"),
    REJECTED("Rejected");

    private final String wire;

    RegistrationStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static RegistrationStatus fromWire(String wire) {
        return WireEnum.parse(RegistrationStatus.class, wire);
    }
}
