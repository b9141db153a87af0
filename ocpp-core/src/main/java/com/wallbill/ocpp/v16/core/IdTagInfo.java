package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** Authorization result for an idTag (Authorize, StartTransaction, StopTransaction). */
public record IdTagInfo(
        Instant expiryDate,
        @MaxLength(20) String parentIdTag,
        @Required AuthorizationStatus status) {

    public static IdTagInfo of(AuthorizationStatus status) {
        return new IdTagInfo(null, null, status);
    }
}
