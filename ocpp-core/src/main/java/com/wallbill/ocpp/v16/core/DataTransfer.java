package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** DataTransfer: vendor-specific exchange. In 1.6 {@code data} is a string (often JSON encoded in it). */
public final class DataTransfer {

    public static final String ACTION = "DataTransfer";

    private DataTransfer() {
    }

    public record Request(
            @Required @MaxLength(255) String vendorId,
            @MaxLength(50) String messageId,
            String data) {
    }

    public record Response(@Required DataTransferStatus status, String data) {
    }
}
