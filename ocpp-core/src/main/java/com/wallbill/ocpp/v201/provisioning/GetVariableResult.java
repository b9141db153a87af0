package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.StatusInfo;
import com.wallbill.ocpp.v201.common.Variable;

/** Result of reading one variable (GetVariableResultType). */
public record GetVariableResult(
        @Required GetVariableStatus attributeStatus,
        Attribute attributeType,
        @MaxLength(2500) String attributeValue,
        @Required Component component,
        @Required Variable variable,
        StatusInfo attributeStatusInfo) {
}
