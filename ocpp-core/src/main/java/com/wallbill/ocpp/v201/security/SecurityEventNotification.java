package com.wallbill.ocpp.v201.security;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;
import java.time.Instant;

/** SecurityEventNotification (station to CSMS), e.g. type "SettingSystemTime" or "FirmwareUpdated". */
public final class SecurityEventNotification {

    public static final String ACTION = "SecurityEventNotification";

    private SecurityEventNotification() {
    }

    public record Request(
            @Required @MaxLength(50) String type,
            @Required Instant timestamp,
            @MaxLength(255) String techInfo) {
    }

    public record Response() {
    }
}
