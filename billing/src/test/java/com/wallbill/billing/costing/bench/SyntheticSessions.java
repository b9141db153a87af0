package com.wallbill.billing.costing.bench;

import com.wallbill.billing.session.RegisterReading;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Home-charging sessions as a wallbox reports them: a lifetime register sampled every 15 to 20 minutes while the
 * car draws about 7.4 kW, with meter noise. Start times are spread over a whole year; every eighth session starts
 * shortly before one of the zone's DST transitions so that it spans it, because the coster walks those
 * stretches differently. Deterministic for a given seed.
 */
final class SyntheticSessions {

    static final int READINGS_PER_SESSION = 12;
    private static final double WATTS = 7_400;
    private static final double NOISE = 0.03;
    private static final int MIN_SAMPLE_SECONDS = 15 * 60;
    private static final int MAX_SAMPLE_SECONDS = 20 * 60;
    private static final int SPAN_DST_EVERY = 8;

    private SyntheticSessions() {
    }

    static List<List<RegisterReading>> generate(int count, ZoneId zone, int year, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ZoneOffsetTransition> transitions = transitionsIn(zone.getRules(), year);
        long yearStart = LocalDate.of(year, 1, 1).atStartOfDay(zone).toEpochSecond();
        long yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toEpochSecond();
        List<List<RegisterReading>> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start;
            if (i % SPAN_DST_EVERY == 0 && !transitions.isEmpty()) {
                // Up to three hours before the transition: the ~3 h session crosses it in most cases.
                long at = transitions.get((i / SPAN_DST_EVERY) % transitions.size()).toEpochSecond();
                start = at - random.nextLong(5 * 60, 3 * 3600);
            } else {
                start = random.nextLong(yearStart, yearEnd);
            }
            sessions.add(session(random, start));
        }
        return sessions;
    }

    private static List<RegisterReading> session(SplittableRandom random, long startEpochSecond) {
        List<RegisterReading> readings = new ArrayList<>(READINGS_PER_SESSION);
        double register = random.nextLong(100_000, 5_000_000);
        long at = startEpochSecond;
        readings.add(new RegisterReading(Instant.ofEpochSecond(at), BigDecimal.valueOf(Math.round(register))));
        for (int k = 1; k < READINGS_PER_SESSION; k++) {
            int seconds = random.nextInt(MIN_SAMPLE_SECONDS, MAX_SAMPLE_SECONDS + 1);
            double watts = WATTS * (1 + NOISE * (2 * random.nextDouble() - 1));
            register += watts * seconds / 3600;
            at += seconds;
            readings.add(new RegisterReading(Instant.ofEpochSecond(at), BigDecimal.valueOf(Math.round(register))));
        }
        return List.copyOf(readings);
    }

    static List<ZoneOffsetTransition> transitionsIn(ZoneRules rules, int year) {
        List<ZoneOffsetTransition> found = new ArrayList<>();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        ZoneOffsetTransition next = rules.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC));
        while (next != null && next.getInstant().isBefore(end)) {
            found.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return found;
    }

    /** Whether the session's readings span a transition of the zone (so the DST walk is exercised). */
    static boolean spansTransition(List<RegisterReading> readings, ZoneRules rules) {
        ZoneOffsetTransition next = rules.nextTransition(readings.get(0).at());
        return next != null && next.getInstant().isBefore(readings.get(readings.size() - 1).at());
    }
}
