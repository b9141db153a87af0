package com.wallbill.simulator.charger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import com.wallbill.simulator.transport.WebSocketClients;

/**
 * Paces WebSocket handshakes: at most {@code maxPending} in flight (one blocking handshake per pool thread)
 * and, if a rate is given, at most {@code perSecond} started per second, evenly spaced.
 */
public final class HandshakeGate implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final long spacingNanos;
    private long nextStartNanos;

    /** @param perSecond handshakes started per second; 0 or less means no limit */
    public HandshakeGate(int maxPending, double perSecond) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("max pending handshakes must be at least 1");
        }
        this.pool = new ThreadPoolExecutor(maxPending, maxPending, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                WebSocketClients.daemonThreads("wallbill-sim-handshake"));
        pool.allowCoreThreadTimeOut(true);
        this.spacingNanos = perSecond > 0 ? (long) (1e9 / perSecond) : 0;
        this.nextStartNanos = System.nanoTime();
    }

    /** Runs {@code handshake} when a slot is free and the rate allows. */
    public void submit(Runnable handshake) {
        pool.execute(() -> {
            awaitTurn();
            handshake.run();
        });
    }

    /** Handshakes queued or running. */
    public int backlog() {
        return pool.getQueue().size() + pool.getActiveCount();
    }

    public ExecutorService executor() {
        return pool;
    }

    private void awaitTurn() {
        if (spacingNanos == 0) {
            return;
        }
        long start;
        synchronized (this) {
            start = Math.max(System.nanoTime(), nextStartNanos);
            nextStartNanos = start + spacingNanos;
        }
        long wait;
        while ((wait = start - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
