package com.wallbill.simulator.run;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A simulation running in the background ({@link Simulation#start}). {@link #stop()} ends it before its
 * duration is up; chargers still end their sessions and close cleanly. {@link #await()} returns the summary.
 */
public final class SimulationRun {

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CompletableFuture<Summary> summary = new CompletableFuture<>();

    SimulationRun() {
    }

    /** Ends the run now (gracefully); {@link #await()} then returns soon. */
    public void stop() {
        stopRequested.countDown();
    }

    public boolean isDone() {
        return summary.isDone();
    }

    /** Blocks until the run has ended. */
    public Summary await() {
        try {
            return summary.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the simulation", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed", e.getCause());
        }
    }

    /** Blocks at most {@code limit}; null if the run has not ended by then. */
    public Summary await(Duration limit) {
        try {
            return summary.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed", e.getCause());
        }
    }

    /** Parks until the {@link System#nanoTime()} instant or a stop request; returns true if stopped. */
    boolean sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        try {
            return wait > 0 ? stopRequested.await(wait, TimeUnit.NANOSECONDS) : stopRequested.getCount() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }

    void complete(Summary result) {
        summary.complete(result);
    }

    void fail(Throwable failure) {
        summary.completeExceptionally(failure);
    }
}
