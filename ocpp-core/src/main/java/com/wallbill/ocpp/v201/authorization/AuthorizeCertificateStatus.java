package com.wallbill.ocpp.v201.authorization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Outcome of checking a contract certificate (AuthorizeCertificateStatusEnumType). */
public enum AuthorizeCertificateStatus implements WireEnum {
    ACCEPTED("Accepted"),
    SIGNATURE_ERROR("SignatureError"),
    CERTIFICATE_EXPIRED("CertificateExpired"),
    CERTIFICATE_REVOKED("CertificateRevoked"),
    NO_CERTIFICATE_AVAILABLE("NoCertificateAvailable"),
    CERT_CHAIN_ERROR("CertChainError"),
    CONTRACT_CANCELLED("ContractCancelled");

    private final String wire;

    AuthorizeCertificateStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static AuthorizeCertificateStatus fromWire(String wire) {
        return WireEnum.parse(AuthorizeCertificateStatus.class, wire);
    }
}
