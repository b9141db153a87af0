package com.wallbill.ocpp.v201.provisioning;

import com.wallbill.ocpp.common.MaxLength;

/** The station's wireless modem, if any (ModemType). */
public record Modem(@MaxLength(20) String iccid, @MaxLength(20) String imsi) {
}
