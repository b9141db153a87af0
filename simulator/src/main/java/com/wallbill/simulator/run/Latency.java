package com.wallbill.simulator.run;

import org.HdrHistogram.Histogram;

/** Round-trip latency percentiles in microseconds. */
public record Latency(long count, long p50, long p90, long p99, long p999, long max, double mean) {

    public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0);

    public static Latency of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return NONE;
        }
        return new Latency(histogram.getTotalCount(),
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9),
                histogram.getMaxValue(), histogram.getMean());
    }
}
