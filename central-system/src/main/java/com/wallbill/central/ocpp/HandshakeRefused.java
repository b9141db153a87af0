package com.wallbill.central.ocpp;

/** A WebSocket upgrade refused with an HTTP status (404 unknown charger, 401 bad credentials, ...). */
final class HandshakeRefused extends RuntimeException {

    private final int status;

    HandshakeRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
