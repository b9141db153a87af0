package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.util.List;

/** MeterValues (charger to CSMS): samples for a connector (0 = the whole charge point), maybe in a transaction. */
public final class MeterValues {

    public static final String ACTION = "MeterValues";

    private MeterValues() {
    }

    public record Request(
            @Range(min = 0) int connectorId,
            Integer transactionId,
            @Required @Size(min = 1) List<MeterValue> meterValue) {
    }

    public record Response() {
    }
}
