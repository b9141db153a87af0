package com.wallbill.central.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallbill.billing.session.SessionEvent.SessionUpdated;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpdateThrottleTest {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final UpdateThrottle throttle = new UpdateThrottle(INTERVAL, now::get);
    private final List<SessionUpdated> published = new ArrayList<>();

    @Test
    void aSessionsFirstUpdateGoesOutAtOnce() {
        offer(update(1, 0, 100));

        assertThat(published).containsExactly(update(1, 0, 100));
    }

    @Test
    void updatesInsideTheIntervalAreHeldAndTheNextReadingAfterItGoesOutAtOnce() {
        offer(update(1, 0, 100));
        advance(5);
        offer(update(1, 5, 105));
        advance(5);
        offer(update(1, 10, 110));
        advance(21);
        flush(); // due, but its session still reports: left to the next reading, not sent with a fleet's burst
        assertThat(published).containsExactly(update(1, 0, 100));

        offer(update(1, 31, 131));
        advance(30);
        flush();

        assertThat(published).containsExactly(update(1, 0, 100), update(1, 31, 131));
    }

    @Test
    void theHeldUpdateOfASessionThatFellSilentGoesOutAQuarterIntervalAfterItsInterval() {
        offer(update(1, 0, 100));
        advance(5);
        offer(update(1, 5, 105));
        advance(25);
        flush();
        advance(7);
        flush();
        assertThat(published).containsExactly(update(1, 0, 100));

        advance(1);
        flush();

        assertThat(published).containsExactly(update(1, 0, 100), update(1, 5, 105));
    }

    @Test
    void aHeldUpdateIsNotReplacedByAnOlderReadingArrivingLater() {
        offer(update(1, 0, 100));
        advance(5);
        offer(update(1, 10, 110));
        offer(update(1, 5, 105));
        advance(35);
        flush();

        assertThat(published).containsExactly(update(1, 0, 100), update(1, 10, 110));
    }

    @Test
    void anUpdateAfterTheIntervalGoesOutAtOnceWithoutWaitingForAFlush() {
        offer(update(1, 0, 100));
        advance(31);
        offer(update(1, 31, 131));

        assertThat(published).containsExactly(update(1, 0, 100), update(1, 31, 131));
    }

    @Test
    void sessionsAreThrottledEachOnTheirOwn() {
        offer(update(1, 0, 100));
        offer(update(2, 0, 200));
        advance(1);
        offer(update(1, 1, 101));
        offer(update(3, 1, 300));

        assertThat(published).containsExactly(update(1, 0, 100), update(2, 0, 200), update(3, 1, 300));
    }

    @Test
    void completionDropsTheHeldUpdateSoNoneFollowsSessionCompleted() {
        offer(update(1, 0, 100));
        advance(5);
        offer(update(1, 5, 105));

        throttle.completed(1);
        advance(60);
        flush();

        assertThat(published).containsExactly(update(1, 0, 100));
        assertThat(throttle.tracked()).isZero();
    }

    @Test
    void quietSessionsAreForgottenOnceTheirIntervalIsOver() {
        offer(update(1, 0, 100));
        offer(update(2, 0, 200));
        advance(10);
        offer(update(2, 10, 210));
        advance(30);

        flush(); // session 1 had nothing held: forgotten; session 2, silent, has its update sent
        assertThat(throttle.tracked()).isEqualTo(1);
        advance(30);
        flush();

        assertThat(throttle.tracked()).isZero();
        assertThat(published).containsExactly(update(1, 0, 100), update(2, 0, 200), update(2, 10, 210));
    }

    @Test
    void aZeroIntervalPublishesEveryUpdateAndTracksNothing() {
        UpdateThrottle unthrottled = new UpdateThrottle(Duration.ZERO, now::get);
        unthrottled.offer(update(1, 0, 100), published::add);
        unthrottled.offer(update(1, 0, 101), published::add);

        assertThat(published).hasSize(2);
        assertThat(unthrottled.tracked()).isZero();
    }

    private void offer(SessionUpdated update) {
        throttle.offer(update, published::add);
    }

    private void flush() {
        throttle.flushDue(published::add);
    }

    private void advance(long seconds) {
        now.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }

    private static SessionUpdated update(long session, long secondsAfterT0, long wh) {
        return new SessionUpdated(session, "CP-" + session, T0.plusSeconds(secondsAfterT0), BigDecimal.valueOf(wh));
    }
}
