package com.wallbill.ocpp.v201.authorization;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** Identifies a certificate for an OCSP check (OCSPRequestDataType). */
public record OCSPRequestData(
        @Required HashAlgorithm hashAlgorithm,
        @Required @MaxLength(128) String issuerNameHash,
        @Required @MaxLength(128) String issuerKeyHash,
        @Required @MaxLength(40) String serialNumber,
        @Required @MaxLength(512) String responderURL) {
}
