package com.wallbill.central.session;

import com.wallbill.billing.session.SessionFlag;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Version-neutral rules for turning sampled values into stored readings, and for judging charger clocks. */
public final class Readings {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);
    /** Before this, a charger's clock was not set (MeterValues dated 1970 are a known firmware habit). */
    private static final Instant EARLIEST_PLAUSIBLE = Instant.parse("2015-01-01T00:00:00Z");

    private Readings() {
    }

    /**
     * One sampled value with the OCPP defaults applied (measurand Energy.Active.Import.Register, context
     * Sample.Periodic, unit Wh, location Outlet). {@code value} is null when the raw value is not a number
     * (e.g. 1.6 SignedData).
     */
    public static Sample sample(Instant at, String context, String measurand, String phase, String location,
            String unit, int multiplier, String raw, BigDecimal value) {
        String m = measurand == null ? Sample.ENERGY_REGISTER : measurand;
        String u = unit == null ? "Wh" : unit;
        String loc = location == null ? "" : location;
        BigDecimal scaled = value == null || multiplier == 0 ? value : value.scaleByPowerOfTen(multiplier);
        BigDecimal registerWh = null;
        if (Sample.ENERGY_REGISTER.equals(m) && (phase == null || phase.isEmpty()) && scaled != null
                && (loc.isEmpty() || loc.equals("Outlet") || loc.equals("Inlet"))) {
            registerWh = switch (u) {
                case "Wh" -> scaled;
                case "kWh" -> scaled.multiply(THOUSAND);
                default -> null;
            };
        }
        return new Sample(at, context == null ? "Sample.Periodic" : context, m, phase == null ? "" : phase, loc, u,
                raw, scaled, registerWh);
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

    /**
     * Completes one meter value's samples: when a charger reports the import register per phase only, their
     * sum becomes the register of record (a derived sample, marked as such in its unit-less raw value).
     */
    public static List<Sample> withPhaseSum(List<Sample> samples) {
        boolean hasTotal = false;
        BigDecimal phaseSum = BigDecimal.ZERO;
        int phases = 0;
        Sample any = null;
        for (Sample s : samples) {
            if (s.registerWh() != null) {
                hasTotal = true;
            } else if (Sample.ENERGY_REGISTER.equals(s.measurand()) && s.phase().matches("L[123](-N)?")
                    && s.value() != null && (s.unit().equals("Wh") || s.unit().equals("kWh"))) {
                phaseSum = phaseSum.add(s.unit().equals("kWh") ? s.value().multiply(THOUSAND) : s.value());
                phases++;
                any = s;
            }
        }
        if (hasTotal || phases == 0) {
            return samples;
        }
        List<Sample> out = new ArrayList<>(samples);
        out.add(new Sample(any.sampledAt(), any.context(), Sample.ENERGY_REGISTER, "", any.location(), "Wh",
                "sum of " + phases + " phases", phaseSum, phaseSum));
        return out;
    }

    /** Flags for a charger timestamp compared with when we received it. Old times are fine (queued offline). */
    public static Set<SessionFlag> clockFlags(Instant chargerTime, Instant receivedAt) {
        if (chargerTime.isBefore(EARLIEST_PLAUSIBLE) || chargerTime.isAfter(receivedAt.plus(MAX_CLOCK_AHEAD))) {
            return EnumSet.of(SessionFlag.CLOCK_SKEW);
        }
        return EnumSet.noneOf(SessionFlag.class);
    }
}
