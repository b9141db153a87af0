package com.wallbill.central.session;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sampled value as stored: version-neutral, with the raw value kept beside the parsed one. {@code registerWh}
 * is set only for the energy of record (total Energy.Active.Import.Register, converted to Wh).
 */
public record Sample(Instant sampledAt, String context, String measurand, String phase, String location,
        String unit, String rawValue, BigDecimal value, BigDecimal registerWh) {

    public static final String ENERGY_REGISTER = "Energy.Active.Import.Register";

    /** A register reading in Wh that the charger gave outside a MeterValue (1.6 meterStart/meterStop). */
    public static Sample register(Instant at, String context, long wh) {
        BigDecimal value = BigDecimal.valueOf(wh);
        return new Sample(at, context, ENERGY_REGISTER, "", "", "Wh", Long.toString(wh), value, value);
    }
}
