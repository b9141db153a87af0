package com.wallbill.simulator.stats;

/** What went wrong, for counting. */
public enum ErrorKind {
    /** The central system answered a CALL with a CALLERROR. */
    CALL_ERROR,
    /** A CALL got no answer in time. */
    TIMEOUT,
    /** The WebSocket upgrade was refused or the server was unreachable. */
    CONNECT_FAILED,
    /** The connection dropped while calls waited, or the server closed it unasked. */
    DISCONNECTED,
    /** An answer did not match its schema (e.g. missing required field). */
    INVALID_RESPONSE,
    /** Anything else, e.g. an exception in the simulator itself. */
    OTHER
}
