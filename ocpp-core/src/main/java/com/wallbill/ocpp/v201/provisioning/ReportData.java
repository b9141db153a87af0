package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.Variable;
import java.util.List;

/** One variable of a device-model report (ReportDataType). */
public record ReportData(
        @Required Component component,
        @Required Variable variable,
        @Required @Size(min = 1, max = 4) List<VariableAttribute> variableAttribute,
        VariableCharacteristics variableCharacteristics) {
}
