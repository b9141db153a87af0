package com.wallbill.billing.app;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs independent asynchronous steps a bounded number at a time, each lane in order. */
final class Lanes {

    private Lanes() {
    }

    /** Applies {@code step} to every item, at most {@code parallelism} at once; sums what the steps return. */
    static <T> Future<Integer> run(List<T> items, int parallelism, Function<T, Future<Integer>> step) {
        List<Future<Integer>> lanes = new ArrayList<>();
        for (int lane = 0; lane < Math.min(parallelism, items.size()); lane++) {
            Future<Integer> chain = Future.succeededFuture(0);
            for (int i = lane; i < items.size(); i += parallelism) {
                T item = items.get(i);
                chain = chain.compose(n -> step.apply(item).map(done -> n + done));
            }
            lanes.add(chain);
        }
        return Future.all(lanes).map(all -> lanes.stream().mapToInt(Future::result).sum());
    }
}
