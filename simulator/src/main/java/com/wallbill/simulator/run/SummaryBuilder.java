package com.wallbill.simulator.run;

import com.wallbill.simulator.stats.RunStats;
import java.time.Duration;
import java.util.List;
import org.HdrHistogram.Histogram;

/** Builds a {@link Summary} from the run's counters. */
final class SummaryBuilder {

    private SummaryBuilder() {
    }

    /** With the latency of the whole run and throughput over {@code measured}. */
    static Summary from(SimulationOptions options, RunStats stats, long ready, Duration measured, long stormMillis,
                        List<IntervalReport> perSecond) {
        Histogram latency = stats.totalLatency();
        return from(options, stats, ready, measured, stormMillis, perSecond, latency, latency.getTotalCount());
    }

    /** With a given latency histogram and answer count (e.g. only the measured phase of a load run). */
    static Summary from(SimulationOptions options, RunStats stats, long ready, Duration measured, long stormMillis,
                        List<IntervalReport> perSecond, Histogram latency, long answeredInMeasure) {
        double seconds = Math.max(1e-9, measured.toNanos() / 1e9);
        return new Summary(options.mode(), options.count(), stats.connected.sum(), ready,
                stats.sessionsStarted.sum(), stats.sessionsCompleted.sum(), stats.sessionsRejected.sum(),
                stats.energyWh.sum(), stats.sent.sum(), stats.received.sum(), stats.answered.sum(),
                stats.errorCounts(), stats.errorSamples(), Latency.of(latency), measured,
                answeredInMeasure / seconds, stormMillis, perSecond);
    }
}
