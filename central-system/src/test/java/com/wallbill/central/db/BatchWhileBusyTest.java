package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchWhileBusyTest {

    private final List<List<Integer>> batches = new ArrayList<>();
    private final List<Promise<Void>> running = new ArrayList<>();

    private Future<?> hold(List<Integer> batch) {
        batches.add(batch);
        Promise<Void> done = Promise.promise();
        running.add(done);
        return done.future();
    }

    @Test
    void aLoneItemGoesAtOnceAndThoseArrivingMeanwhileGoTogether() {
        BatchWhileBusy<Integer> batching = new BatchWhileBusy<>(1, 100, this::hold);
        batching.add(1);
        batching.add(2);
        batching.add(3);
        assertThat(batches).containsExactly(List.of(1));

        running.get(0).complete();
        assertThat(batches).containsExactly(List.of(1), List.of(2, 3));
    }

    @Test
    void batchesAreCappedAndAFailedBatchDoesNotStopTheNext() {
        BatchWhileBusy<Integer> batching = new BatchWhileBusy<>(1, 2, this::hold);
        for (int i = 1; i <= 5; i++) {
            batching.add(i);
        }
        running.get(0).fail("database gone");
        running.get(1).complete();
        assertThat(batches).containsExactly(List.of(1), List.of(2, 3), List.of(4, 5));
    }

    @Test
    void upToMaxInFlightBatchesRunAtOnce() {
        BatchWhileBusy<Integer> batching = new BatchWhileBusy<>(2, 100, this::hold);
        batching.add(1);
        batching.add(2);
        batching.add(3);
        assertThat(batches).containsExactly(List.of(1), List.of(2));
        running.get(1).complete();
        assertThat(batches).containsExactly(List.of(1), List.of(2), List.of(3));
    }
}
