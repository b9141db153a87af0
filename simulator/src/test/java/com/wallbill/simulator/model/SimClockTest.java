package com.wallbill.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimClockTest {

    private static final Instant START = Instant.parse("2025-03-01T18:00:00Z");

    @Test
    void atSpeed3600OneWallSecondIsOneSimulatedHour() {
        AtomicLong wall = new AtomicLong(123_456_789L);
        SimClock clock = new SimClock(START, 3600, wall::get);
        wall.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(clock.simElapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aThreeHourSessionTakesThreeWallSecondsAtSpeed3600() {
        SimClock clock = new SimClock(START, 3600, () -> 0);
        assertThat(clock.wallNanos(Duration.ofHours(3))).isEqualTo(TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void atSpeedOneSimulatedTimeIsWallTime() {
        AtomicLong wall = new AtomicLong();
        SimClock clock = new SimClock(START, 1, wall::get);
        wall.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
        assertThat(clock.now()).isEqualTo(START.plusMillis(1500));
    }

    @Test
    void timestampsAreWholeMilliseconds() {
        AtomicLong wall = new AtomicLong();
        SimClock clock = new SimClock(START, 1, wall::get);
        wall.addAndGet(1_234_567);
        assertThat(clock.now()).isEqualTo(START.plusMillis(1));
    }

    @Test
    void speedMustBePositive() {
        assertThatThrownBy(() -> new SimClock(START, 0, () -> 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
