package com.wallbill.billing.costing;

import com.wallbill.billing.money.Money;
import com.wallbill.billing.session.SessionFlag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A session priced: energy in Wh, the exact cost (six decimals, for diagnostics), the cost rounded once to the
 * currency's minor unit, the refund (the rounded cost times the refund percentage, rounded again), the breakdown
 * per price slot, and the data-quality flags raised by the readings.
 */
public record CostedSession(BigDecimal energyWh, BigDecimal costExact, Money cost, BigDecimal refundPercent,
        Money refund, List<SlotCharge> breakdown, Set<SessionFlag> flags) {

    public CostedSession {
        breakdown = List.copyOf(breakdown);
        flags = Set.copyOf(flags);
    }
}
