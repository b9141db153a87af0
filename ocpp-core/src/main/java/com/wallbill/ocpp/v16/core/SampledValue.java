package com.wallbill.ocpp.v16.core;

import com.wallbill.ocpp.common.Required;

/**
 * One measured value. In 1.6 {@code value} is a string (a decimal for Raw, hex for SignedData); the defaults for
 * absent fields are Sample.Periodic, Raw, Energy.Active.Import.Register and Wh.
 */
public record SampledValue(
        @Required String value,
        ReadingContext context,
        ValueFormat format,
        Measurand measurand,
        Phase phase,
        Location location,
        UnitOfMeasure unit) {
}
