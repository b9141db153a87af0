package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** A variable of a component in the device model (VariableType), e.g. HeartbeatInterval. */
public record Variable(
        @Required @MaxLength(50) String name,
        @MaxLength(50) String instance) {

    public static Variable of(String name) {
        return new Variable(name, null);
    }
}
