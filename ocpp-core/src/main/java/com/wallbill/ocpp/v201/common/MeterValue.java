package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.time.Instant;
import java.util.List;

/** Sampled values taken at one point in time (MeterValueType). */
public record MeterValue(
        @Required @Size(min = 1) List<SampledValue> sampledValue,
        @Required Instant timestamp) {
}
