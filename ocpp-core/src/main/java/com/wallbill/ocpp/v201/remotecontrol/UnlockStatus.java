package com.wallbill.ocpp.v201.remotecontrol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to UnlockConnector (UnlockStatusEnumType). */
public enum UnlockStatus implements WireEnum {
    UNLOCKED("Unlocked"),
    UNLOCK_FAILED("UnlockFailed"),
    ONGOING_AUTHORIZED_TRANSACTION("OngoingAuthorizedTransaction"),
    UNKNOWN_CONNECTOR("UnknownConnector");

    private final String wire;

    UnlockStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static UnlockStatus fromWire(String wire) {
        return WireEnum.parse(UnlockStatus.class, wire);
    }
}
