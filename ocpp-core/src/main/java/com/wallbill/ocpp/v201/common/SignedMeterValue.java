package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;
import com.wallbill.ocpp.common.Required;

/** A meter reading signed by the meter (SignedMeterValueType), kept for the driver's own verification. */
public record SignedMeterValue(
        @Required @MaxLength(2500) String signedMeterData,
        @Required @MaxLength(50) String signingMethod,
        @Required @MaxLength(50) String encodingMethod,
        @Required @MaxLength(2500) String publicKey) {
}
