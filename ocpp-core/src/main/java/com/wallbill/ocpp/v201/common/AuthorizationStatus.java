package com.wallbill.ocpp.v201.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Whether an IdToken may charge (AuthorizationStatusEnumType). */
public enum AuthorizationStatus implements WireEnum {
    ACCEPTED("Accepted"),
    BLOCKED("Blocked"),
    CONCURRENT_TX("ConcurrentTx"),
    EXPIRED("Expired"),
    INVALID("Invalid"),
    NO_CREDIT("NoCredit"),
    NOT_ALLOWED_TYPE_EVSE("NotAllowedTypeEVSE"),
    NOT_AT_THIS_LOCATION("NotAtThisLocation"),
    NOT_AT_THIS_TIME("NotAtThisTime"),
    UNKNOWN("Unknown");

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
