package com.wallbill.simulator.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;

/**
 * Simulated time: starts at a chosen instant and runs {@code speed} times faster than the wall clock. At speed
 * 3600 one wall second is one simulated hour, so a three-hour session takes three seconds while the timestamps
 * the charger sends advance by three hours.
 *
 * <p>Only the charging domain (sessions, meter samples, timestamps) runs on simulated time. Protocol timers
 * (heartbeat, boot retry, call timeouts) stay on wall time: they are about the connection, which is real.
 */
public final class SimClock {

    private final Instant simStart;
    private final double speed;
    private final LongSupplier nanoTime;
    private final long wallStartNanos;

    public SimClock(Instant simStart, double speed, LongSupplier nanoTime) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + speed);
        }
        this.simStart = simStart;
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.wallStartNanos = nanoTime.getAsLong();
    }

    /** Simulated time starts now and runs at {@code speed}. */
    public static SimClock startingNow(double speed) {
        return new SimClock(Instant.now(), speed, System::nanoTime);
    }

    public double speed() {
        return speed;
    }

    /**
     * The current simulated instant, to the millisecond: OCPP 2.0.1 allows at most three decimals of a second
     * and 1.6 chargers rarely send more.
     */
    public Instant now() {
        return simStart.plus(simElapsed()).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Simulated time since the start. */
    public Duration simElapsed() {
        return toSim(nanoTime.getAsLong() - wallStartNanos);
    }

    /** Wall-clock nanoseconds that a simulated duration takes. */
    public long wallNanos(Duration simulated) {
        return (long) (simulated.toNanos() / speed);
    }

    /** The simulated duration that passes during {@code wallNanos} of wall time. */
    public Duration toSim(long wallNanos) {
        return Duration.ofNanos((long) (wallNanos * speed));
    }
}
