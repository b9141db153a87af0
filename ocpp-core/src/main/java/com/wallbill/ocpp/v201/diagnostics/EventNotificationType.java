package com.wallbill.ocpp.v201.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Kind of monitor that raised an event (EventNotificationEnumType). */
public enum EventNotificationType implements WireEnum {
    HARD_WIRED_NOTIFICATION("HardWiredNotification"),
    HARD_WIRED_MONITOR("HardWiredMonitor"),
    PRECONFIGURED_MONITOR("PreconfiguredMonitor"),
    CUSTOM_MONITOR("CustomMonitor");

    private final String wire;

    EventNotificationType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static EventNotificationType fromWire(String wire) {
        return WireEnum.parse(EventNotificationType.class, wire);
    }
}
