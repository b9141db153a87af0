package com.wallbill.ocpp.v201.authorization;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import com.wallbill.ocpp.v201.common.IdToken;
import com.wallbill.ocpp.v201.common.IdTokenInfo;
import java.util.List;

/** Authorize (station to CSMS): may this IdToken charge? */
public final class Authorize {

    public static final String ACTION = "Authorize";

    private Authorize() {
    }

    public record Request(
            @Required IdToken idToken,
            @MaxLength(5500) String certificate,
            @Size(min = 1, max = 4) List<OCSPRequestData> iso15118CertificateHashData) {
    }

    public record Response(@Required IdTokenInfo idTokenInfo, AuthorizeCertificateStatus certificateStatus) {
    }
}
