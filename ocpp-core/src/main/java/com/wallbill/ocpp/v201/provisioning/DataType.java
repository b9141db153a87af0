package com.wallbill.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Data type of a variable (DataEnumType). */
public enum DataType implements WireEnum {
    STRING("string"),
    DECIMAL("decimal"),
    INTEGER("integer"),
    DATE_TIME("dateTime"),
    BOOLEAN("boolean"),
    OPTION_LIST("OptionList"),
    SEQUENCE_LIST("SequenceList"),
    MEMBER_LIST("MemberList");

    private final String wire;

    DataType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static DataType fromWire(String wire) {
        return WireEnum.parse(DataType.class, wire);
    }
}
