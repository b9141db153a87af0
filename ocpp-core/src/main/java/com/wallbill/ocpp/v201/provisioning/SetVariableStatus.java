package com.wallbill.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Result of one SetVariables entry (SetVariableStatusEnumType). */
public enum SetVariableStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    UNKNOWN_COMPONENT("UnknownComponent"),
    UNKNOWN_VARIABLE("UnknownVariable"),
    NOT_SUPPORTED_ATTRIBUTE_TYPE("NotSupportedAttributeType"),
    REBOOT_REQUIRED("RebootRequired");

    private final String wire;

    SetVariableStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static SetVariableStatus fromWire(String wire) {
        return WireEnum.parse(SetVariableStatus.class, wire);
    }
}
