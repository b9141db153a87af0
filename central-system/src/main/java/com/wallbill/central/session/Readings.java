package com.wallbill.central.session;

import com.wallbill.billing.session.SessionFlag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Version-neutral rules for reading meter values, and for judging charger clocks. */
public final class Readings {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);
    /** Before this, a charger's clock was not set (MeterValues dated 1970 are a known firmware habit). */
    private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("2015-01-01T00:00:00Z");

    private Readings() {
    }

    /**
     * One sampled value, version-neutral, with null for what the charger left out. {@code value} is null when
     * the raw value is not a number (1.6 SignedData); {@code multiplier} is the 2.0.1 power of ten (0 in 1.6).
     */
    public record Value(String context, String measurand, String phase, String location, String unit,
            int multiplier, BigDecimal value) {

        /** OCPP's default measurand is the import register; its default unit Wh, its default location Outlet. */
        boolean isImportRegister() {
            return measurand == null || MeterReading.ENERGY_REGISTER.equals(measurand);
        }

        boolean meteredAtTheCharger() {
            return location == null || location.equals("Outlet") || location.equals("Inlet");
        }

        BigDecimal wh() {
            if (value == null) {
                return null;
            }
            BigDecimal scaled = multiplier == 0 ? value : value.scaleByPowerOfTen(multiplier);
            String u = unit == null ? "Wh" : unit;
            return switch (u) {
                case "Wh" -> scaled;
                case "kWh" -> scaled.multiply(THOUSAND);
                default -> null;
            };
        }
    }

    /**
     * The energy of record of one meter value in Wh: the total import register; when a charger reports it per
     * phase only, the sum of its phases; null when the meter value has none.
     */
    public static BigDecimal registerWh(List<Value> values) {
        BigDecimal phaseSum = null;
        for (Value v : values) {
            if (!v.isImportRegister() || !v.meteredAtTheCharger()) {
                continue;
            }
            BigDecimal wh = v.wh();
            if (wh == null) {
                continue;
            }
            if (v.phase() == null || v.phase().isEmpty()) {
                return wh;
            }
            if (v.phase().matches("L[123](-N)?")) {
                phaseSum = phaseSum == null ? wh : phaseSum.add(wh);
            }
        }
        return phaseSum;
    }

    /** The reading context of the meter value: the energy register's, else the first value's, else periodic. */
    public static String context(List<Value> values) {
        for (Value v : values) {
            if (v.isImportRegister() && v.context() != null) {
                return v.context();
            }
        }
        return values.isEmpty() || values.get(0).context() == null ? "Sample.Periodic" : values.get(0).context();
    }

    /** Parses a 1.6 string value; null when it is not a decimal number. */
    public static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Flags for a charger timestamp compared with when we received it. Old times are fine (queued offline). */
    public static Set<SessionFlag> clockFlags(Instant chargerTime, Instant receivedAt) {
        if (chargerTime.isBefore(EARLIEST_PLAUSIBLE) || chargerTime.isAfter(receivedAt.plus(MAX_CLOCK_AHEAD))) {
            return EnumSet.of(SessionFlag.CLOCK_SKEW);
        }
        return EnumSet.noneOf(SessionFlag.class);
    }
}
