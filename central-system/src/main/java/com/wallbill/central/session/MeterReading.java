package com.wallbill.central.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.central.db.PgText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** A meter value from its sampled values (version-neutral) and the raw JSON array they came in. */
    public static MeterReading of(Instant at, List<Readings.Value> values, JsonNode rawSampledValues) {
        return new MeterReading(at, Readings.context(values), Readings.registerWh(values),
                PgText.json(rawSampledValues));
    }

    /** The latest reading that carries the energy register, if any. */
    public static Optional<MeterReading> latestRegister(List<MeterReading> readings) {
        return readings.stream().filter(r -> r.registerWh() != null).max(Comparator.comparing(MeterReading::sampledAt));
    }

    /** The earliest reading that carries the energy register, if any. */
    public static Optional<MeterReading> firstRegister(List<MeterReading> readings) {
        return readings.stream().filter(r -> r.registerWh() != null).min(Comparator.comparing(MeterReading::sampledAt));
    }
}
