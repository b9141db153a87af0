package com.wallbill.simulator.charger;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs one charger's tasks one at a time, in order, on a shared pool. Everything that touches a charger's state
 * (answers, server CALLs, timers) goes through its lane, so the charger needs no locks and thousands of chargers
 * share a few threads.
 */
final class Lane implements Executor {

    private final Executor pool;
    private final Consumer<Throwable> onFailure;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Lane(Executor pool, Consumer<Throwable> onFailure) {
        this.pool = pool;
        this.onFailure = onFailure;
    }

    /** Queues a task; after the run's pool has shut down, tasks are dropped (the run is over). */
    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                tasks.clear();
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }
        scheduled.set(false);
        if (!tasks.isEmpty()) {
            schedule();
        }
    }
}
