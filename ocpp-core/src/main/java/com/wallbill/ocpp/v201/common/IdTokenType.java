package com.wallbill.ocpp.v201.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Kind of identifier in an IdToken (IdTokenEnumType). */
public enum IdTokenType implements WireEnum {
    CENTRAL("Central"),
    EMAID("eMAID"),
    ISO14443("ISO14443"),
    ISO15693("ISO15693"),
    KEY_CODE("KeyCode"),
    LOCAL("Local"),
    MAC_ADDRESS("MacAddress"),
    NO_AUTHORIZATION("NoAuthorization");

    private final String wire;

    IdTokenType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static IdTokenType fromWire(String wire) {
        return WireEnum.parse(IdTokenType.class, wire);
    }
}
