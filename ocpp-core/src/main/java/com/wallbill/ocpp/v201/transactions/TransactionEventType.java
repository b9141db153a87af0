package com.wallbill.ocpp.v201.transactions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Stage of a transaction event (TransactionEventEnumType). */
public enum TransactionEventType implements WireEnum {
    ENDED("Ended"),
    STARTED("Started"),
    UPDATED("Updated");

    private final String wire;

    TransactionEventType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static TransactionEventType fromWire(String wire) {
        return WireEnum.parse(TransactionEventType.class, wire);
    }
}
