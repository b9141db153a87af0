package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.Variable;

/** One variable to write (SetVariableDataType); {@code attributeType} defaults to Actual. */
public record SetVariableData(
        Attribute attributeType,
        @Required @MaxLength(1000) String attributeValue,
        @Required Component component,
        @Required Variable variable) {
}
