package com.wallbill.billing.costing;

import com.wallbill.billing.rate.DayType;
import com.wallbill.billing.rate.PriceSlot;
import java.math.BigDecimal;

/**
 * One line of a session's cost breakdown: the energy that fell into a price slot (all dates of that day type
 * together) and what it cost, before the session's single rounding. Energy to the milli-Wh, amount to six
 * decimals, so a reader can follow the arithmetic; the lines' amounts add up to the exact cost.
 */
public record SlotCharge(DayType dayType, PriceSlot slot, BigDecimal energyWh, BigDecimal amount) {
}
