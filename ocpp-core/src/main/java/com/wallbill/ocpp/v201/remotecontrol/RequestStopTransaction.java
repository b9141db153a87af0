package com.wallbill.ocpp.v201.remotecontrol;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.StatusInfo;

/** RequestStopTransaction (CSMS to station). */
public final class RequestStopTransaction {

    public static final String ACTION = "RequestStopTransaction";

    private RequestStopTransaction() {
    }

    public record Request(@Required @MaxLength(36) String transactionId) {
    }

    public record Response(@Required RequestStartStopStatus status, StatusInfo statusInfo) {
    }
}
