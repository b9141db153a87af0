package com.wallbill.ocpp.v201.common;

import com.wallbill.ocpp.common.MaxLength;

/**
 * Unit of a sampled value (UnitOfMeasureType): {@code unit} defaults to Wh, the value is multiplied by
 * 10^{@code multiplier} (default 0).
 */
public record UnitOfMeasure(@MaxLength(20) String unit, Integer multiplier) {
}
