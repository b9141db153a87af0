package com.wallbill.ocpp.v16.remotetrigger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Answer to TriggerMessage. */
public enum TriggerMessageStatus implements WireEnum {
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    NOT_IMPLEMENTED("NotImplemented");

    private final String wire;

    TriggerMessageStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static TriggerMessageStatus fromWire(String wire) {
        return WireEnum.parse(TriggerMessageStatus.class, wire);
    }
}
