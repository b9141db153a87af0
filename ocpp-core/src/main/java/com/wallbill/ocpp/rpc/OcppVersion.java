package com.wallbill.ocpp.rpc;

import java.util.Optional;

/** The OCPP-J protocol versions Wallbill speaks, each identified by its WebSocket subprotocol. */
public enum OcppVersion {
    V16("ocpp1.6"),
    V201("ocpp2.0.1");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    /** The {@code Sec-WebSocket-Protocol} token, e.g. {@code ocpp1.6}. */
    public String subprotocol() {
        return subprotocol;
    }

    /**
     * The version for a negotiated subprotocol. Matching ignores case, as a few chargers send
     * {@code OCPP1.6}; an unknown or null token gives empty.
     */
    public static Optional<OcppVersion> fromSubprotocol(String subprotocol) {
        if (subprotocol == null) {
            return Optional.empty();
        }
        String token = subprotocol.trim();
        for (OcppVersion version : values()) {
            if (version.subprotocol.equalsIgnoreCase(token)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
