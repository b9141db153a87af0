package com.wallbill.ocpp.rpc;

import java.util.Optional;

/**
 * The one table that decides how Wallbill answers an inbound message that cannot be processed normally.
 * Each row maps a condition to the error code per version; an empty code means "do not answer: ignore and
 * log". The rows follow the team's research note (section 1.1), read off the spec's own definitions; every row
 * is tested for both versions.
 */
public enum Violation {
    /** Not JSON, not an array, MessageTypeId not an integer, message id not a string of at most 36 chars,
     * wrong element count, action not a string. Answered with id "-1" when the id is unreadable. */
    MALFORMED_FRAME(ErrorCode.FORMAT_VIOLATION, ErrorCode.RPC_FRAMEWORK_ERROR),
    /** MessageTypeId is an integer other than 2, 3 or 4. 1.6 ignores the message. */
    UNKNOWN_MESSAGE_TYPE(null, ErrorCode.MESSAGE_TYPE_NOT_SUPPORTED),
    /** CALLRESULT or CALLERROR whose id is not the call in flight. */
    UNEXPECTED_RESPONSE(null, null),
    /** Action name not known for this version (or not one a charger may send). */
    UNKNOWN_ACTION(ErrorCode.NOT_IMPLEMENTED, ErrorCode.NOT_IMPLEMENTED),
    /** Action known but deliberately not handled. */
    UNSUPPORTED_ACTION(ErrorCode.NOT_SUPPORTED, ErrorCode.NOT_SUPPORTED),
    /** Payload not an object, or an object with a property the schema does not define. */
    WRONG_STRUCTURE(ErrorCode.FORMAT_VIOLATION, ErrorCode.FORMAT_VIOLATION),
    /** A required field is missing. */
    REQUIRED_MISSING(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION),
    /** An array has fewer or more elements than allowed. */
    ARRAY_SIZE(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION),
    /** A value has the wrong JSON type (string for an integer, 1.5 for an integer, object for a string...). */
    WRONG_TYPE(ErrorCode.TYPE_CONSTRAINT_VIOLATION, ErrorCode.TYPE_CONSTRAINT_VIOLATION),
    /** A value of the right type breaks a constraint: not in the enum, too long, out of range, bad date-time. */
    BAD_VALUE(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, ErrorCode.PROPERTY_CONSTRAINT_VIOLATION),
    /** Any CALL but BootNotification before the charger was accepted. */
    NOT_ACCEPTED_YET(ErrorCode.SECURITY_ERROR, ErrorCode.SECURITY_ERROR),
    /** We failed: a handler threw, storage is down. */
    INTERNAL_FAILURE(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR);

    private final ErrorCode v16;
    private final ErrorCode v201;

    Violation(ErrorCode v16, ErrorCode v201) {
        this.v16 = v16;
        this.v201 = v201;
    }

    /** The code to answer with on this version, or empty when the message is ignored (and logged). */
    public Optional<ErrorCode> code(OcppVersion version) {
        return Optional.ofNullable(version == OcppVersion.V16 ? v16 : v201);
    }

    /** The CALLERROR to send for this condition, or empty when the message is to be ignored. */
    public Optional<CallError> reply(OcppVersion version, String messageId, String description) {
        return code(version).map(code -> CallError.of(messageId, code, description));
    }
}
