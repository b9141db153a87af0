package com.wallbill.ocpp.v201.remotecontrol;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.StatusInfo;

/** UnlockConnector (CSMS to station). */
public final class UnlockConnector {

    public static final String ACTION = "UnlockConnector";

    private UnlockConnector() {
    }

    public record Request(@Range(min = 1) int evseId, @Range(min = 1) int connectorId) {
    }

    public record Response(@Required UnlockStatus status, StatusInfo statusInfo) {
    }
}
