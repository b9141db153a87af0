package com.wallbill.ocpp.v201.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** What raised an event (EventTriggerEnumType). */
public enum EventTrigger implements WireEnum {
    ALERTING("Alerting"),
    DELTA("Delta"),
    PERIODIC("Periodic");

    private final String wire;

    EventTrigger(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static EventTrigger fromWire(String wire) {
        return WireEnum.parse(EventTrigger.class, wire);
    }
}
