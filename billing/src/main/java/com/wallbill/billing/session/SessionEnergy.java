package com.wallbill.billing.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Energy of a session from its register readings: a monotonic sum of the rises between consecutive readings.
 * A drop (reset, rollover) starts a new segment and is flagged, never subtracted; a leading 0 followed by the
 * lifetime register (offline start after reboot) is not taken as the baseline.
 */
public final class SessionEnergy {

    /** Above any home charger (22 kW three-phase), with 10% margin for meter noise. */
    public static final BigDecimal MAX_PLAUSIBLE_WATTS = new BigDecimal("24200");
    /** A gap is "much longer" than the sampling interval at this many intervals, and never under half an hour. */
    static final int GAP_INTERVALS = 4;
    static final Duration MIN_GAP = Duration.ofMinutes(30);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private SessionEnergy() {
    }

    /** The result: energy in Wh, the readings it starts and ends on, and the data-quality flags raised. */
    public record Result(BigDecimal energyWh, BigDecimal startWh, BigDecimal stopWh, List<RegisterReading> baseline,
            Set<SessionFlag> flags) {
    }

    /**
     * @param readings register readings in any order (sorted here by time, stably)
     * @param startedAt the session's start per the charger, or null if unknown
     * @param stoppedAt the session's stop per the charger, or null while it runs
     */
    public static Result compute(List<RegisterReading> readings, Instant startedAt, Instant stoppedAt) {
        Set<SessionFlag> flags = EnumSet.noneOf(SessionFlag.class);
        List<RegisterReading> sorted = new ArrayList<>(readings);
        sorted.sort(Comparator.comparing(RegisterReading::at));
        if (sorted.isEmpty()) {
            return new Result(BigDecimal.ZERO, null, null, List.of(), flags);
        }
        for (RegisterReading r : sorted) {
            if ((startedAt != null && r.at().isBefore(startedAt)) || (stoppedAt != null && r.at().isAfter(stoppedAt))) {
                flags.add(SessionFlag.READING_OUTSIDE_SESSION);
                break;
            }
        }
        int first = 0;
        if (sorted.size() > 1 && sorted.get(0).wh().signum() == 0 && sorted.get(1).wh().signum() > 0
                && implausible(sorted.get(0), sorted.get(1))) {
            flags.add(SessionFlag.ZERO_BASELINE);
            first = 1;
        }
        BigDecimal energy = BigDecimal.ZERO;
        for (int i = first + 1; i < sorted.size(); i++) {
            RegisterReading previous = sorted.get(i - 1);
            RegisterReading current = sorted.get(i);
            int direction = current.wh().compareTo(previous.wh());
            if (direction < 0) {
                flags.add(SessionFlag.REGISTER_DECREASED);
            } else if (direction > 0) {
                if (implausible(previous, current)) {
                    flags.add(SessionFlag.IMPLAUSIBLE_POWER);
                }
                energy = energy.add(current.wh().subtract(previous.wh()));
            }
        }
        List<RegisterReading> used = sorted.subList(first, sorted.size());
        if (hasReadingGap(used)) {
            flags.add(SessionFlag.READING_GAP);
        }
        return new Result(energy, used.get(0).wh(), used.get(used.size() - 1).wh(), List.copyOf(used), flags);
    }

    /**
     * True when the register rose across a gap of more than {@link #GAP_INTERVALS} times the median interval
     * (and at least {@link #MIN_GAP}). Needs three readings: with only start and stop there is no sampling interval.
     */
    static boolean hasReadingGap(List<RegisterReading> readings) {
        if (readings.size() < 3) {
            return false;
        }
        long[] gaps = new long[readings.size() - 1];
        for (int i = 1; i < readings.size(); i++) {
            gaps[i - 1] = Duration.between(readings.get(i - 1).at(), readings.get(i).at()).toMillis();
        }
        long[] sorted = gaps.clone();
        java.util.Arrays.sort(sorted);
        long limit = Math.max(sorted[sorted.length / 2] * GAP_INTERVALS, MIN_GAP.toMillis());
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > limit && readings.get(i + 1).wh().compareTo(readings.get(i).wh()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the rise between two readings needs more than {@link #MAX_PLAUSIBLE_WATTS}. */
    static boolean implausible(RegisterReading from, RegisterReading to) {
        BigDecimal rise = to.wh().subtract(from.wh());
        if (rise.signum() <= 0) {
            return false;
        }
        long millis = Duration.between(from.at(), to.at()).toMillis();
        // Allowed energy over the interval, with at least one minute's worth so two readings in the same
        // second (a begin and a first periodic sample) are not flagged for a few Wh.
        BigDecimal seconds = BigDecimal.valueOf(Math.max(millis, 60_000)).divide(BigDecimal.valueOf(1000), 3,
                RoundingMode.HALF_UP);
        BigDecimal allowedWh = MAX_PLAUSIBLE_WATTS.multiply(seconds).divide(SECONDS_PER_HOUR, 3, RoundingMode.HALF_UP);
        return rise.compareTo(allowedWh) > 0;
    }
}
