package com.wallbill.central.db;

import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Items that arrive while batches are being handled wait and go together in the next one: a lone item is handled at
 * once, a burst of thousands costs a few batches. At most {@code maxInFlight} batches of at most {@code maxBatch}
 * items are handled at a time.
 */
public final class BatchWhileBusy<T> {

    private final Function<List<T>, Future<?>> handler;
    private final int maxInFlight;
    private final int maxBatch;
    private final ArrayDeque<T> waiting = new ArrayDeque<>();
    private int inFlight;

    public BatchWhileBusy(int maxInFlight, int maxBatch, Function<List<T>, Future<?>> handler) {
        this.handler = handler;
        this.maxInFlight = maxInFlight;
        this.maxBatch = maxBatch;
    }

    public void add(T item) {
        synchronized (waiting) {
            waiting.add(item);
        }
        next();
    }

    private void next() {
        List<T> batch;
        synchronized (waiting) {
            if (waiting.isEmpty() || inFlight >= maxInFlight) {
                return;
            }
            batch = new ArrayList<>(Math.min(maxBatch, waiting.size()));
            while (!waiting.isEmpty() && batch.size() < maxBatch) {
                batch.add(waiting.poll());
            }
            inFlight++;
        }
        Future<?> handled;
        try {
            handled = handler.apply(batch);
        } catch (RuntimeException e) {
            handled = Future.failedFuture(e);
        }
        handled.onComplete(done -> {
            synchronized (waiting) {
                inFlight--;
            }
            next();
        });
    }
}
