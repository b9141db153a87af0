package com.wallbill.ocpp.v201.metervalues;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import com.wallbill.ocpp.v201.common.MeterValue;
import java.util.List;

/** MeterValues (station to CSMS): samples outside transactions; evseId 0 is the station's main meter. */
public final class MeterValues {

    public static final String ACTION = "MeterValues";

    private MeterValues() {
    }

    public record Request(
            @Range(min = 0) int evseId,
            @Required @Size(min = 1) List<MeterValue> meterValue) {
    }

    public record Response() {
    }
}
