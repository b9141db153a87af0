package com.wallbill.ocpp.v16.firmware;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.wallbill.ocpp.common.WireEnum;

/** Diagnostics upload progress. */
public enum DiagnosticsStatus implements WireEnum {
    IDLE("Idle"),
    UPLOADED("Uploaded"),
    UPLOAD_FAILED("UploadFailed"),
    UPLOADING("Uploading");

    private final String wire;

    DiagnosticsStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    @Override
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static DiagnosticsStatus fromWire(String wire) {
        return WireEnum.parse(DiagnosticsStatus.class, wire);
    }
}
