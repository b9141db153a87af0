package com.wallbill.ocpp.v201.diagnostics;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.Component;
import com.wallbill.ocpp.v201.common.Variable;
import java.time.Instant;

/** One event raised by a monitor or by the station itself (EventDataType). */
public record EventData(
        int eventId,
        @Required Instant timestamp,
        @Required EventTrigger trigger,
        Integer cause,
        @Required @MaxLength(2500) String actualValue,
        @MaxLength(50) String techCode,
        @MaxLength(500) String techInfo,
        Boolean cleared,
        @MaxLength(36) String transactionId,
        @Required Component component,
        Integer variableMonitoringId,
        @Required EventNotificationType eventNotificationType,
        @Required Variable variable) {
}
