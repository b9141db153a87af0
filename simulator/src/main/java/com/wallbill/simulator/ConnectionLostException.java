package com.wallbill.simulator;

/** The connection closed (or a send failed) while a call waited for its answer. */
public class ConnectionLostException extends RuntimeException {

    public ConnectionLostException(String message) {
        super(message);
    }
}
