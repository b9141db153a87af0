package com.wallbill.ocpp.rpc;

import java.util.Objects;

/**
 * A payload broke its schema. Carries the table row ({@link Violation}) and the path of the offending field
 * (e.g. {@code meterValue[0].sampledValue[1].measurand}; empty for the payload itself). The message starts with
 * the path and never contains raw, unencoded input.
 */
public class OcppValidationException extends RuntimeException {

    private final Violation violation;
    private final String path;

    public OcppValidationException(Violation violation, String path, String problem) {
        super(path == null || path.isEmpty() ? problem : path + ": " + problem, null, false, false);
        this.violation = Objects.requireNonNull(violation, "violation");
        this.path = path == null ? "" : path;
        if (violation.code(OcppVersion.V16).isEmpty()
                || !violation.code(OcppVersion.V16).equals(violation.code(OcppVersion.V201))) {
            throw new IllegalArgumentException(violation + " is not a payload violation with one code");
        }
    }

    /** The error code to answer with (the same condition on both versions; spelling differs on the wire). */
    public ErrorCode code() {
        return violation.code(OcppVersion.V201).orElseThrow();
    }

    public Violation violation() {
        return violation;
    }

    /** Path of the offending field, empty when the whole payload is at fault. */
    public String path() {
        return path;
    }
}
