package com.wallbill.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** The central system answered a CALL with a CALLERROR. */
public class CallErrorException extends RuntimeException {

    private final String action;
    private final String errorCode;
    private final String description;
    private final JsonNode details;

    public CallErrorException(String action, String errorCode, String description, JsonNode details) {
        super(action + " answered with CALLERROR " + errorCode + ": " + description, null, false, false);
        this.action = action;
        this.errorCode = errorCode;
        this.description = description;
        this.details = details;
    }

    /** The action of the CALL that failed. */
    public String action() {
        return action;
    }

    /** The error code exactly as on the wire, e.g. {@code FormationViolation} on 1.6. */
    public String errorCode() {
        return errorCode;
    }

    public String description() {
        return description;
    }

    /** The details object (empty object if none was sent). */
    public JsonNode details() {
        return details;
    }
}
