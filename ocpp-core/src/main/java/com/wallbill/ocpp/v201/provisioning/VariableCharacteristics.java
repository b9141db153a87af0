package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import java.math.BigDecimal;

/** Fixed properties of a reported variable (VariableCharacteristicsType). */
public record VariableCharacteristics(
        @MaxLength(16) String unit,
        @Required DataType dataType,
        BigDecimal minLimit,
        BigDecimal maxLimit,
        @MaxLength(1000) String valuesList,
        boolean supportsMonitoring) {
}
