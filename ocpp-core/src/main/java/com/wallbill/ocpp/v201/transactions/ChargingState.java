package com.wallbill.ocpp.v201.transactions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Charging state of a transaction (ChargingStateEnumType). */
public enum ChargingState implements WireEnum {
    CHARGING("Charging"),
    EV_CONNECTED("EVConnected"),
    SUSPENDED_EV("SuspendedEV"),
    SUSPENDED_EVSE("SuspendedEVSE"),
    IDLE("Idle");

    private final String wire;

    ChargingState(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ChargingState fromWire(String wire) {
        return WireEnum.parse(ChargingState.class, wire);
    }
}
