package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** StartTransaction (charger to CSMS): a transaction began; the CSMS assigns its id. */
public final class StartTransaction {

    public static final String ACTION = "StartTransaction";

    private StartTransaction() {
    }

    /** {@code meterStart} is the energy register in Wh. */
    public record Request(
            @Range(min = 1) int connectorId,
            @Required @MaxLength(20) String idTag,
            int meterStart,
            Integer reservationId,
            @Required Instant timestamp) {
    }

    public record Response(@Required IdTagInfo idTagInfo, int transactionId) {
    }
}
