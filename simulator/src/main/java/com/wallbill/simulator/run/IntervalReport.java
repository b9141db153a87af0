package com.wallbill.simulator.run;

/**
 * One second of a load run: answers received in it, errors counted in it, and latency percentiles (µs) of those
 * answers measured from each message's scheduled send time.
 */
public record IntervalReport(int second, long answered, long errors, long p50, long p99, long p999, long max) {
}
