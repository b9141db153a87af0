package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.time.Instant;
import java.util.List;

/** Sampled values taken at one point in time. */
public record MeterValue(
        @Required Instant timestamp,
        @Required @Size(min = 1) List<SampledValue> sampledValue) {
}
