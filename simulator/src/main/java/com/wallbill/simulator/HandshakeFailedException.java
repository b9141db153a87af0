package com.wallbill.simulator;

/**
 * The central system refused the WebSocket upgrade (bad credentials, unknown charger, duplicate connection,
 * no common subprotocol) or could not be reached.
 */
public class HandshakeFailedException extends RuntimeException {

    /** Status when the refusal carried no HTTP status (connection refused, timeout, subprotocol mismatch). */
    public static final int UNKNOWN_STATUS = -1;

    private final int status;

    public HandshakeFailedException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of the refusal, e.g. 401, 404 or 409; {@value #UNKNOWN_STATUS} if there was none. */
    public int status() {
        return status;
    }
}
