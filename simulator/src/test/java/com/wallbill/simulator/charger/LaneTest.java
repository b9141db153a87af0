package com.wallbill.simulator.charger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LaneTest {

    private static final Executor ON_CALLING_THREAD = Runnable::run;

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Test
    void anIdleLaneRunsTheTaskOnTheCallingThread() {
        Lane lane = new Lane(ON_CALLING_THREAD, failures::add);
        Thread[] ranOn = new Thread[1];

        lane.execute(() -> ranOn[0] = Thread.currentThread());

        assertThat(ranOn[0]).isSameAs(Thread.currentThread());
    }

    @Test
    void aTaskQueuedFromInsideATaskRunsAfterIt() {
        Lane lane = new Lane(ON_CALLING_THREAD, failures::add);
        List<String> order = new CopyOnWriteArrayList<>();

        lane.execute(() -> {
            lane.execute(() -> order.add("second"));
            order.add("first");
        });

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void aBusyLaneIsFedByTheThreadInItsTurnInOrderAndTheSenderDoesNotWait() throws Exception {
        Lane lane = new Lane(ON_CALLING_THREAD, failures::add);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch inTurn = new CountDownLatch(1);
        CountDownLatch queued = new CountDownLatch(1);
        Thread owner = new Thread(() -> lane.execute(() -> {
            inTurn.countDown();
            await(queued);
            order.add(0);
        }));
        owner.start();
        assertThat(inTurn.await(5, TimeUnit.SECONDS)).isTrue();

        for (int i = 1; i <= 100; i++) {
            int n = i;
            lane.execute(() -> {
                order.add(n);
                threads.add(Thread.currentThread());
            });
        }
        queued.countDown();
        owner.join(5_000);

        assertThat(order).hasSize(101).isSorted();
        assertThat(threads).containsOnly(owner);
    }

    @Test
    void manyThreadsFeedingOneLaneNeverRunTwoTasksAtOnce() throws Exception {
        Lane lane = new Lane(ON_CALLING_THREAD, failures::add);
        AtomicBoolean running = new AtomicBoolean();
        List<String> overlaps = new CopyOnWriteArrayList<>();
        int[] count = new int[1];
        Runnable task = () -> {
            if (!running.compareAndSet(false, true)) {
                overlaps.add(Thread.currentThread().getName());
            }
            count[0]++; // unsynchronized on purpose: the lane is the lock
            running.set(false);
        };
        Thread[] feeders = new Thread[4];
        for (int t = 0; t < feeders.length; t++) {
            feeders[t] = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    lane.execute(task);
                }
            });
            feeders[t].start();
        }
        for (Thread feeder : feeders) {
            feeder.join(30_000);
        }
        CountDownLatch drained = new CountDownLatch(1);
        lane.execute(drained::countDown);
        assertThat(drained.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(overlaps).isEmpty();
        assertThat(count[0]).isEqualTo(200_000);
    }

    @Test
    void aFailingTaskIsReportedAndTheLaneGoesOn() {
        Lane lane = new Lane(ON_CALLING_THREAD, failures::add);
        List<String> ran = new CopyOnWriteArrayList<>();

        lane.execute(() -> {
            lane.execute(() -> ran.add("after"));
            throw new IllegalStateException("boom");
        });

        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
        assertThat(ran).containsExactly("after");
    }

    @Test
    void onceTheRunRefusesTurnsTasksAreDropped() {
        AtomicBoolean closed = new AtomicBoolean();
        Lane lane = new Lane(turn -> {
            if (closed.get()) {
                throw new RejectedExecutionException("over");
            }
            turn.run();
        }, failures::add);
        List<String> ran = new CopyOnWriteArrayList<>();
        lane.execute(() -> ran.add("during"));

        closed.set(true);
        lane.execute(() -> ran.add("after"));

        assertThat(ran).containsExactly("during");
        assertThat(failures).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
