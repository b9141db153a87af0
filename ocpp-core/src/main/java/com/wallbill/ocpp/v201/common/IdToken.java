package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.util.List;

/** An identifier used to authorize (IdTokenType): RFID uid, eMAID, key code... */
public record IdToken(
        @Required @MaxLength(36) String idToken,
        @Required IdTokenType type,
        @Size(min = 1) List<AdditionalInfo> additionalInfo) {

    public static IdToken of(String idToken, IdTokenType type) {
        return new IdToken(idToken, type, null);
    }
}
