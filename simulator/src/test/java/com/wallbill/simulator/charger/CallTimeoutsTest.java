package com.wallbill.simulator.charger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallTimeoutsTest {

    private static final Duration TICK = Duration.ofMillis(20);

    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor();
    private final CallTimeouts timeouts = new CallTimeouts(TICK, sweeper);
    private final Map<String, Long> firedAfterMillis = new ConcurrentHashMap<>();

    @AfterEach
    void stopSweeper() {
        sweeper.shutdownNow();
    }

    @Test
    void aTimeoutFiresAfterItsLengthAndAtMostTwoTicksLate() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        long armed = System.nanoTime();

        timeouts.schedule(Duration.ofMillis(200), () -> {
            record("call", armed);
            fired.countDown();
        });

        assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(firedAfterMillis.get("call")).isBetween(200L, 200L + 2 * TICK.toMillis() + 30);
    }

    @Test
    void aCancelledTimeoutNeverFires() throws Exception {
        long armed = System.nanoTime();
        Runnable cancel = timeouts.schedule(Duration.ofMillis(50), () -> record("cancelled", armed));
        CountDownLatch later = new CountDownLatch(1);
        timeouts.schedule(Duration.ofMillis(150), later::countDown);

        cancel.run();

        assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(firedAfterMillis).doesNotContainKey("cancelled");
    }

    @Test
    void aShortTimeoutIsNotHeldUpByALongerOneArmedBeforeIt() throws Exception {
        long armed = System.nanoTime();
        CountDownLatch shortFired = new CountDownLatch(1);
        timeouts.schedule(Duration.ofSeconds(30), () -> record("long", armed));

        timeouts.schedule(Duration.ofMillis(100), () -> {
            record("short", armed);
            shortFired.countDown();
        });

        assertThat(shortFired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(firedAfterMillis).containsOnlyKeys("short");
    }

    @Test
    void aTimeoutThatThrowsDoesNotStopTheSweep() throws Exception {
        CountDownLatch second = new CountDownLatch(1);
        timeouts.schedule(Duration.ofMillis(30), () -> {
            throw new IllegalStateException("expected by the test");
        });
        timeouts.schedule(Duration.ofMillis(120), second::countDown);

        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private void record(String name, long armedNanos) {
        firedAfterMillis.put(name, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - armedNanos));
    }
}
