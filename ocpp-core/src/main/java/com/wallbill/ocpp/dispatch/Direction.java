package com.wallbill.ocpp.dispatch;

/** Who sends the CALL of an action. */
public enum Direction {
    /** The charger calls, the CSMS answers (BootNotification, MeterValues...). */
    FROM_CHARGER,
    /** The CSMS calls, the charger answers (Reset, RemoteStartTransaction...). */
    FROM_CSMS
}
