package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** Identity of the station in BootNotification (ChargingStationType). */
public record ChargingStation(
        @MaxLength(25) String serialNumber,
        @Required @MaxLength(20) String model,
        Modem modem,
        @Required @MaxLength(50) String vendorName,
        @MaxLength(50) String firmwareVersion) {
}
