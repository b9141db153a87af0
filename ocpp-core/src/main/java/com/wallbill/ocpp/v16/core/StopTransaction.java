package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;
import java.util.List;

/** StopTransaction (charger to CSMS): a transaction ended; {@code meterStop} is the register in Wh. */
public final class StopTransaction {

    public static final String ACTION = "StopTransaction";

    private StopTransaction() {
    }

    public record Request(
            @MaxLength(20) String idTag,
            int meterStop,
            @Required Instant timestamp,
            int transactionId,
            Reason reason,
            List<MeterValue> transactionData) {
    }

    public record Response(IdTagInfo idTagInfo) {
    }
}
