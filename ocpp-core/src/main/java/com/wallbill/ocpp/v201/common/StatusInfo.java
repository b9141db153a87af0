package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** More detail about a status in a response (StatusInfoType). */
public record StatusInfo(
        @Required @MaxLength(20) String reasonCode,
        @MaxLength(512) String additionalInfo) {
}
