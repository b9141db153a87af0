package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.Variable;

/** One variable to read (GetVariableDataType); {@code attributeType} defaults to Actual. */
public record GetVariableData(
        Attribute attributeType,
        @Required Component component,
        @Required Variable variable) {
}
