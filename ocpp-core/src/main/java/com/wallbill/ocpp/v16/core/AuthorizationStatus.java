package com.wallbill.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Whether an idTag may charge (1.6 AuthorizationStatus). */
public enum AuthorizationStatus implements WireEnum {
    ACCEPTED("Accepted"),
    BLOCKED("Blocked"),
    EXPIRED("Expired"),
    INVALID("Invalid"),
    CONCURRENT_TX("ConcurrentTx");

    private final String wire;

    AuthorizationStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static AuthorizationStatus fromWire(String wire) {
        return WireEnum.parse(AuthorizationStatus.class, wire);
    }
}
