package com.wallbill.ocpp;

import com.wallbill.ocpp.rpc.OcppVersion;
import com.wallbill.ocpp.rpc.Violation;

/** One raw message and the answer the table prescribes; {@code expectedCode} null means ignore. */
record ErrorTableCase(Violation row, OcppVersion version, String raw, String expectedCode, String expectedId) {

    @Override
    public String toString() {
        return version + " " + row + " " + (raw.length() > 70 ? raw.substring(0, 70) + "..." : raw)
                + " -> " + (expectedCode == null ? "ignored" : expectedCode);
    }
}
