package com.wallbill.ocpp.v16.remotetrigger;

import com.wallbill.ocpp.common.Range;
import com.wallbill.ocpp.common.Required;

/** TriggerMessage (CSMS to charger): ask the charger to send a message now. */
public final class TriggerMessage {

    public static final String ACTION = "TriggerMessage";

    private TriggerMessage() {
    }

    public record Request(@Required MessageTrigger requestedMessage, @Range(min = 0) Integer connectorId) {
    }

    public record Response(@Required TriggerMessageStatus status) {
    }
}
