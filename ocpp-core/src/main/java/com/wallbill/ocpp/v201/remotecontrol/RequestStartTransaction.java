package com.wallbill.ocpp.v201.remotecontrol;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.IdToken;
import com.wallbill.ocpp.v201.common.StatusInfo;

/**
 * RequestStartTransaction (CSMS to station). {@code remoteStartId} comes back in the TransactionEvent that
 * starts the transaction. {@code chargingProfile} is passed through as JSON (no smart charging in Wallbill).
 */
public final class RequestStartTransaction {

    public static final String ACTION = "RequestStartTransaction";

    private RequestStartTransaction() {
    }

    public record Request(
            @Range(min = 1) Integer evseId,
            int remoteStartId,
            @Required IdToken idToken,
            JsonNode chargingProfile,
            IdToken groupIdToken) {
    }

    public record Response(
            @Required RequestStartStopStatus status,
            StatusInfo statusInfo,
            @MaxLength(36) String transactionId) {
    }
}
