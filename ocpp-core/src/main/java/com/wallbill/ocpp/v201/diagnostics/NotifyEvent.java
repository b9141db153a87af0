package com.wallbill.ocpp.v201.diagnostics;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.common.Size;
import java.time.Instant;
import java.util.List;

/** NotifyEvent (station to CSMS): monitoring events; {@code tbc} = more parts follow. */
public final class NotifyEvent {

    public static final String ACTION = "NotifyEvent";

    private NotifyEvent() {
    }

    public record Request(
            @Required Instant generatedAt,
            Boolean tbc,
            @Range(min = 0) int seqNo,
            @Required @Size(min = 1) List<EventData> eventData) {
    }

    public record Response() {
    }
}
