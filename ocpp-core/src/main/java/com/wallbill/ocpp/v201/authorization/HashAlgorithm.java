package com.wallbill.ocpp.v201.authorization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Hash used in OCSP request data (HashAlgorithmEnumType). */
public enum HashAlgorithm implements WireEnum {
    SHA256("SHA256"),
    SHA384("SHA384"),
    SHA512("SHA512");

    private final String wire;

    HashAlgorithm(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static HashAlgorithm fromWire(String wire) {
        return WireEnum.parse(HashAlgorithm.class, wire);
    }
}
