package com.wallbill.ocpp.rpc;

import java.util.Optional;

/**
 * CALLERROR conditions, independent of version. {@link #wireName(OcppVersion)} gives the spelling to send:
 * OCPP 1.6 keeps its frozen {@code FormationViolation} and misspelt {@code OccurenceConstraintViolation};
 * 2.0.1 renamed the first, fixed the second and added {@code RpcFrameworkError} and
 * {@code MessageTypeNotSupported}. Those two have no 1.6 code and go out as {@code FormationViolation} on a 1.6
 * connection, so a 2.0.1 code never reaches a 1.6 charger.
 */
public enum ErrorCode {
    NOT_IMPLEMENTED("NotImplemented", "NotImplemented"),
    NOT_SUPPORTED("NotSupported", "NotSupported"),
    INTERNAL_ERROR("InternalError", "InternalError"),
    PROTOCOL_ERROR("ProtocolError", "ProtocolError"),
    SECURITY_ERROR("SecurityError", "SecurityError"),
    FORMAT_VIOLATION("FormationViolation", "FormatViolation"),
    PROPERTY_CONSTRAINT_VIOLATION("PropertyConstraintViolation", "PropertyConstraintViolation"),
    OCCURRENCE_CONSTRAINT_VIOLATION("OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
    TYPE_CONSTRAINT_VIOLATION("TypeConstraintViolation", "TypeConstraintViolation"),
    GENERIC_ERROR("GenericError", "GenericError"),
    RPC_FRAMEWORK_ERROR("FormationViolation", "RpcFrameworkError"),
    MESSAGE_TYPE_NOT_SUPPORTED("FormationViolation", "MessageTypeNotSupported");

    private final String v16;
    private final String v201;

    ErrorCode(String v16, String v201) {
        this.v16 = v16;
        this.v201 = v201;
    }

    /** The code as written on a connection of the given version. */
    public String wireName(OcppVersion version) {
        return version == OcppVersion.V16 ? v16 : v201;
    }

    /**
     * Reads a received error code. The version's own spelling wins; the other version's spelling is accepted
     * too, because chargers mix them up. {@code FormationViolation} always reads as {@link #FORMAT_VIOLATION}.
     */
    public static Optional<ErrorCode> fromWire(OcppVersion version, String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (ErrorCode code : values()) {
            if (code.wireName(version).equals(wire) && isCanonical(code, version)) {
                return Optional.of(code);
            }
        }
        OcppVersion other = version == OcppVersion.V16 ? OcppVersion.V201 : OcppVersion.V16;
        for (ErrorCode code : values()) {
            if (code.wireName(other).equals(wire) && isCanonical(code, other)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** On 1.6, only FORMAT_VIOLATION owns "FormationViolation"; the 2.0.1-only codes merely borrow it. */
    private static boolean isCanonical(ErrorCode code, OcppVersion version) {
        return version == OcppVersion.V201 || (code != RPC_FRAMEWORK_ERROR && code != MESSAGE_TYPE_NOT_SUPPORTED);
    }
}
