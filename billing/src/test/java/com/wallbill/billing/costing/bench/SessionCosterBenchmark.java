package com.wallbill.billing.costing.bench;

import com.wallbill.billing.costing.CostedSession;
import com.wallbill.billing.costing.SessionCoster;
import com.wallbill.billing.rate.PriceSlot;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sessions costed per second by {@link SessionCoster} on one thread: 12 register readings per session, Madrid
 * wall clock, 80% refund. {@code hourly} prices six slots per day type (the case with a target of 50,000/s);
 * {@code flat} is the same sessions on a FLAT rate, for comparison. Run it with bench/costing-benchmark.sh; the
 * class name does not end in Test so surefire leaves it alone.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class SessionCosterBenchmark {

    /** A power of two, so the next session is an index mask away. */
    static final int POOL_SIZE = 4096;
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final BigDecimal REFUND_PERCENT = new BigDecimal("80");
    private static final Currency EUR = Currency.getInstance("EUR");

    static final Tariff HOURLY = Tariff.hourly(EUR, List.of(
            PriceSlot.of("00:00", "08:00", "0.0900"), PriceSlot.of("08:00", "10:00", "0.1450"),
            PriceSlot.of("10:00", "14:00", "0.2210"), PriceSlot.of("14:00", "18:00", "0.1450"),
            PriceSlot.of("18:00", "22:00", "0.2210"), PriceSlot.of("22:00", "24:00", "0.1450")),
            List.of(
            PriceSlot.of("00:00", "08:00", "0.0750"), PriceSlot.of("08:00", "11:00", "0.0900"),
            PriceSlot.of("11:00", "14:00", "0.1100"), PriceSlot.of("14:00", "18:00", "0.0900"),
            PriceSlot.of("18:00", "22:00", "0.1250"), PriceSlot.of("22:00", "24:00", "0.0750")));
    static final Tariff FLAT = Tariff.flat(EUR, new BigDecimal("0.1500"), new BigDecimal("0.1200"));

    private List<List<RegisterReading>> sessions;
    private int next;

    @Setup(Level.Trial)
    public void generateSessions() {
        sessions = SyntheticSessions.generate(POOL_SIZE, MADRID, 2026, 20260329L);
        long spanningDst = sessions.stream()
                .filter(s -> SyntheticSessions.spansTransition(s, MADRID.getRules())).count();
        if (spanningDst < POOL_SIZE / 16) {
            throw new IllegalStateException("only " + spanningDst + " sessions span a DST transition");
        }
        // Realistic sessions raise no data-quality flags; a generator bug would otherwise bench an odd path.
        for (List<RegisterReading> session : sessions) {
            CostedSession costed = SessionCoster.cost(HOURLY, MADRID, session, REFUND_PERCENT);
            if (!costed.flags().isEmpty() || costed.cost().isZero()) {
                throw new IllegalStateException("unrealistic session " + session + ": " + costed);
            }
        }
    }

    @Benchmark
    public CostedSession hourly() {
        return SessionCoster.cost(HOURLY, MADRID, nextSession(), REFUND_PERCENT);
    }

    @Benchmark
    public CostedSession flat() {
        return SessionCoster.cost(FLAT, MADRID, nextSession(), REFUND_PERCENT);
    }

    private List<RegisterReading> nextSession() {
        List<RegisterReading> session = sessions.get(next);
        next = (next + 1) & (POOL_SIZE - 1);
        return session;
    }
}
