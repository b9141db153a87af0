package com.wallbill.ocpp.v201.remotecontrol;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.EVSE;
import com.wallbill.ocpp.v201.common.StatusInfo;

/** TriggerMessage (CSMS to station): ask the station to send a message now. */
public final class TriggerMessage {

    public static final String ACTION = "TriggerMessage";

    private TriggerMessage() {
    }

    public record Request(@Required MessageTrigger requestedMessage, EVSE evse) {
    }

    public record Response(@Required TriggerMessageStatus status, StatusInfo statusInfo) {
    }
}
