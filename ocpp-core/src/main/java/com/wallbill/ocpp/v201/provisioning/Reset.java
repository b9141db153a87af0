package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.StatusInfo;

/** Reset (CSMS to station): the whole station, or one EVSE when {@code evseId} is set. */
public final class Reset {

    public static final String ACTION = "Reset";

    private Reset() {
    }

    public record Request(@Required ResetType type, Integer evseId) {
    }

    public record Response(@Required ResetStatus status, StatusInfo statusInfo) {
    }
}
