package com.wallbill.ocpp.v201.datatransfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.StatusInfo;

/** DataTransfer: vendor-specific exchange; {@code data} may be any JSON value. */
public final class DataTransfer {

    public static final String ACTION = "DataTransfer";

    private DataTransfer() {
    }

    public record Request(
            @MaxLength(50) String messageId,
            JsonNode data,
            @Required @MaxLength(255) String vendorId) {
    }

    public record Response(@Required DataTransferStatus status, StatusInfo statusInfo, JsonNode data) {
    }
}
