package com.wallbill.ocpp.rpc;

import java.util.Objects;

/**
 * Thrown by a handler (or used to fail its stage) to answer a CALL with a specific CALLERROR, e.g.
 * {@link ErrorCode#SECURITY_ERROR} for a CALL before the BootNotification was accepted. The message becomes the
 * CALLERROR description, so it must not carry internals.
 */
public class OcppCallException extends RuntimeException {

    private final ErrorCode code;

    public OcppCallException(ErrorCode code, String description) {
        super(description, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
