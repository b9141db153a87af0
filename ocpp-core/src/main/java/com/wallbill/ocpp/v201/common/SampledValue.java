package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.Required;
import java.math.BigDecimal;

/**
 * One measured value (SampledValueType). In 2.0.1 {@code value} is a JSON number, kept exact as a BigDecimal.
 * Defaults when absent: Sample.Periodic, Energy.Active.Import.Register, Outlet, Wh.
 */
public record SampledValue(
        @Required BigDecimal value,
        ReadingContext context,
        Measurand measurand,
        Phase phase,
        Location location,
        SignedMeterValue signedMeterValue,
        UnitOfMeasure unitOfMeasure) {
}
