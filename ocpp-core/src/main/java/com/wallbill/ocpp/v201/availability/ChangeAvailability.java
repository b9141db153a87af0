package com.wallbill.ocpp.v201.availability;

import com.wallbill.ocpp.common.Required;
import com.wallbill.ocpp.v201.common.EVSE;
import com.wallbill.ocpp.v201.common.StatusInfo;

/** ChangeAvailability (CSMS to station): the whole station when {@code evse} is absent. */
public final class ChangeAvailability {

    public static final String ACTION = "ChangeAvailability";

    private ChangeAvailability() {
    }

    public record Request(EVSE evse, @Required OperationalStatus operationalStatus) {
    }

    public record Response(@Required ChangeAvailabilityStatus status, StatusInfo statusInfo) {
    }
}
