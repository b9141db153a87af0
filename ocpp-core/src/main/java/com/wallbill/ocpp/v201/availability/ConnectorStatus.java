package com.wallbill.ocpp.v201.availability;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Connector status in StatusNotification (ConnectorStatusEnumType). */
public enum ConnectorStatus implements WireEnum {
    AVAILABLE("Available"),
    OCCUPIED("Occupied"),
    RESERVED("Reserved"),
    UNAVAILABLE("Unavailable"),
    FAULTED("Faulted");

    private final String wire;

    ConnectorStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static ConnectorStatus fromWire(String wire) {
        return WireEnum.parse(ConnectorStatus.class, wire);
    }
}
