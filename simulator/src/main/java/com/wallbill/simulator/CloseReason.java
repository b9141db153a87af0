package com.wallbill.simulator;

/**
 * How a WebSocket connection ended: the close code (1000 normal, 1002 protocol error, 1006 dropped without a
 * close frame, 1008 policy violation...) and the peer's reason text.
 */
public record CloseReason(int code, String reason) {

    public static final int NORMAL = 1000;
    public static final int ABNORMAL = 1006;

    public CloseReason {
        reason = reason == null ? "" : reason;
    }
}
