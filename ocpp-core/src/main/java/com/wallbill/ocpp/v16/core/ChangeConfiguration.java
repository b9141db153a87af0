package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** ChangeConfiguration (CSMS to charger): set one configuration key. */
public final class ChangeConfiguration {

    public static final String ACTION = "ChangeConfiguration";

    private ChangeConfiguration() {
    }

    public record Request(
            @Required @MaxLength(50) String key,
            @Required @MaxLength(500) String value) {
    }

    public record Response(@Required ConfigurationStatus status) {
    }
}
