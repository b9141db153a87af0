package com.wallbill.simulator.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counters and latency of one run, shared by all chargers; every method is thread-safe. Latency is recorded in
 * microseconds into an HdrHistogram {@link Recorder}: {@link #takeInterval()} returns what was recorded since
 * the previous call (for per-second reports) and folds it into the run total.
 */
public final class RunStats {

    /** Kept so that a summary can show what the first errors were. */
    private static final int MAX_ERROR_SAMPLES = 20;

    public final LongAdder connected = new LongAdder();
    public final LongAdder accepted = new LongAdder();
    public final LongAdder bootsPendingOrRejected = new LongAdder();
    public final LongAdder sessionsStarted = new LongAdder();
    public final LongAdder sessionsCompleted = new LongAdder();
    public final LongAdder sessionsRejected = new LongAdder();
    public final LongAdder energyWh = new LongAdder();
    public final LongAdder sent = new LongAdder();
    public final LongAdder received = new LongAdder();
    public final LongAdder answered = new LongAdder();

    private final Map<ErrorKind, LongAdder> errors = new EnumMap<>(ErrorKind.class);
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorSampleCount = new AtomicInteger();
    private final Recorder latency = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private Histogram recycled;

    public RunStats() {
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind, new LongAdder());
        }
    }

    /** An answer arrived {@code nanos} after the message's intended (scheduled) send time. */
    public void recordLatency(long nanos) {
        latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
        answered.increment();
    }

    public void error(ErrorKind kind, String description) {
        errors.get(kind).increment();
        if (errorSampleCount.incrementAndGet() <= MAX_ERROR_SAMPLES) {
            errorSamples.add(kind + ": " + description);
        }
    }

    public long errors(ErrorKind kind) {
        return errors.get(kind).sum();
    }

    public long totalErrors() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<ErrorKind, Long> errorCounts() {
        Map<ErrorKind, Long> counts = new EnumMap<>(ErrorKind.class);
        errors.forEach((kind, adder) -> counts.put(kind, adder.sum()));
        return counts;
    }

    public List<String> errorSamples() {
        return new ArrayList<>(errorSamples);
    }

    /** Latency recorded since the last call (a copy); also added to the run total. */
    public synchronized Histogram takeInterval() {
        Histogram interval = latency.getIntervalHistogram(recycled);
        total.add(interval);
        Histogram copy = interval.copy();
        recycled = interval;
        return copy;
    }

    /** Latency over the whole run so far (takes the pending interval first). */
    public synchronized Histogram totalLatency() {
        takeInterval();
        return total.copy();
    }
}
