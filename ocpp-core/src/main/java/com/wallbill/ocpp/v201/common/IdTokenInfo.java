package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.time.Instant;
import java.util.List;

/** Authorization result for an IdToken (IdTokenInfoType). */
public record IdTokenInfo(
        @Required AuthorizationStatus status,
        Instant cacheExpiryDateTime,
        Integer chargingPriority,
        @MaxLength(8) String language1,
        @Size(min = 1) List<Integer> evseId,
        IdToken groupIdToken,
        @MaxLength(8) String language2,
        MessageContent personalMessage) {

    public static IdTokenInfo of(AuthorizationStatus status) {
        return new IdTokenInfo(status, null, null, null, null, null, null, null);
    }
}
