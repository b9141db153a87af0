package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** An extra identifier attached to an IdToken (AdditionalInfoType). */
public record AdditionalInfo(
        @Required @MaxLength(36) String additionalIdToken,
        @Required @MaxLength(50) String type) {
}
