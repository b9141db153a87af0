package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** One configuration key as reported by GetConfiguration. */
public record KeyValue(
        @Required @MaxLength(50) String key,
        boolean readonly,
        @MaxLength(500) String value) {
}
