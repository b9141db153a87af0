package com.wallbill.simulator.charger;

import com.wallbill.ocpp.dispatch.OutboundCalls;
import com.wallbill.simulator.transport.WebSocketClients;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Call timeouts for thousands of chargers without a timer task per call. A load run arms one and cancels it for
 * every message; on a scheduled executor that was a locked heap insert, a cancel, and a wake-up of the timer
 * thread each time. Here arming appends to a queue and cancelling clears a field; a sweep every {@code tick}
 * fires what is due. Timeouts of one length expire in the order they were armed, so a queue per length is
 * already sorted and the sweep only looks at its head.
 *
 * <p>A timeout fires up to two ticks late (one tick, plus one if it was armed a moment before another thread's
 * earlier-due one). A cancelled timeout stays queued, forgotten, until its time comes.
 */
final class CallTimeouts implements OutboundCalls.Timers {

    /** Shared by all connections of the process; call timeouts are seconds, so a tenth of a second is plenty. */
    static final CallTimeouts SHARED = new CallTimeouts(Duration.ofMillis(100),
            Executors.newSingleThreadScheduledExecutor(WebSocketClients.daemonThreads("wallbill-sim-call-timeouts")));

    private final Map<Long, Queue<Armed>> byLength = new ConcurrentHashMap<>();

    CallTimeouts(Duration tick, ScheduledExecutorService sweeper) {
        sweeper.scheduleWithFixedDelay(this::sweep, tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public Runnable schedule(Duration delay, Runnable task) {
        long length = delay.toNanos();
        Armed armed = new Armed(System.nanoTime() + length, task);
        byLength.computeIfAbsent(length, ignored -> new ConcurrentLinkedQueue<>()).add(armed);
        return armed::cancel;
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Queue<Armed> queue : byLength.values()) {
            Armed head;
            while ((head = queue.peek()) != null && head.dueNanos - now <= 0) {
                queue.poll();
                head.fire();
            }
        }
    }

    private static final class Armed {
        final long dueNanos;
        private volatile Runnable task;

        Armed(long dueNanos, Runnable task) {
            this.dueNanos = dueNanos;
            this.task = task;
        }

        void cancel() {
            task = null;
        }

        void fire() {
            Runnable current = task;
            task = null;
            if (current != null) {
                try {
                    current.run();
                } catch (RuntimeException e) {
                    // reported like an uncaught exception, but the sweep must go on: a periodic task that
                    // throws is never run again
                    Thread thread = Thread.currentThread();
                    thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
                }
            }
        }
    }
}
