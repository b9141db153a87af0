package com.wallbill.central.session;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One meter value as stored: its timestamp and context, the energy register of record in Wh (null when the
 * charger sent none), and every sampled value as JSON exactly as received.
 */
public record MeterReading(Instant sampledAt, String context, BigDecimal registerWh, String sampledValues) {

    public static final String ENERGY_REGISTER = "Energy.Active.Import.Register";

    /**
     * A register reading the charger gave outside a MeterValue (1.6 meterStart/meterStop), kept in the 1.6
     * sampled-value form so every stored reading reads the same.
     */
    public static MeterReading register(Instant at, String context, long wh) {
        String json = "[{\"value\":\"" + wh + "\",\"context\":\"" + context + "\",\"measurand\":\""
                + ENERGY_REGISTER + "\",\"unit\":\"Wh\"}]";
        return new MeterReading(at, context, BigDecimal.valueOf(wh), json);
    }
}
