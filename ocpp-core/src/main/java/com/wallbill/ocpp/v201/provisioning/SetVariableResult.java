package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.StatusInfo;
import com.wallbill.ocpp.v201.common.Variable;

/** Result of writing one variable (SetVariableResultType). */
public record SetVariableResult(
        Attribute attributeType,
        @Required SetVariableStatus attributeStatus,
        @Required Component component,
        @Required Variable variable,
        StatusInfo attributeStatusInfo) {
}
