package com.wallbill.simulator.charger;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs one charger's tasks one at a time, in order. Everything that touches a charger's state (answers, server
 * CALLs, timers) goes through its lane, so the charger needs no locks and thousands of chargers share a few
 * threads.
 *
 * <p>A turn (running the queued tasks until none are left) is handed to {@code turns}. The runs pass an executor
 * that takes the turn on the calling thread: an idle lane then runs a task right on the timer, transport or
 * handshake thread that produced it, and a busy lane gets it from the thread already in its turn. Waking another
 * thread for each message cost more CPU than the message itself.
 */
final class Lane implements Executor {

    private final Executor turns;
    private final Consumer<Throwable> onFailure;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean inTurn = new AtomicBoolean();

    Lane(Executor turns, Consumer<Throwable> onFailure) {
        this.turns = turns;
        this.onFailure = onFailure;
    }

    /** Runs or queues a task; once the run's executor refuses turns, tasks are dropped (the run is over). */
    @Override
    public void execute(Runnable task) {
        if (inTurn.compareAndSet(false, true)) {
            // an idle lane with nothing queued runs the task without queueing it: a queue node linked to the
            // lane's long-lived queue costs the garbage collector more than the rest of the hand-over
            if (tasks.isEmpty()) {
                startTurn(task);
            } else {
                tasks.add(task);
                startTurn(null);
            }
        } else {
            tasks.add(task);
            // the turn may have ended before the task was queued; then nobody else will run it
            if (inTurn.compareAndSet(false, true)) {
                startTurn(null);
            }
        }
    }

    private void startTurn(Runnable first) {
        try {
            turns.execute(() -> takeTurn(first));
        } catch (RejectedExecutionException e) {
            tasks.clear();
            inTurn.set(false);
        }
    }

    private void takeTurn(Runnable first) {
        if (first != null) {
            run(first);
        }
        do {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                run(task);
            }
            inTurn.set(false);
            // a task queued after the last poll but before the flag dropped found the turn taken: run it too
        } while (!tasks.isEmpty() && inTurn.compareAndSet(false, true));
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }
}
