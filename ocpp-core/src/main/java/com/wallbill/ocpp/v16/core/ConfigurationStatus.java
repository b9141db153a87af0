package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to ChangeConfiguration. */
public enum ConfigurationStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    REBOOT_REQUIRED("RebootRequired"),
    NOT_SUPPORTED("NotSupported");

    private final String wire;

    ConfigurationStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ConfigurationStatus fromWire(String wire) {
        return WireEnum.parse(ConfigurationStatus.class, wire);
    }
}
