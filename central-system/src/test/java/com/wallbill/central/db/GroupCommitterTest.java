package com.wallbill.central.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitterTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    /** A pool whose transactions never finish, as when a driver loses a connection without noticing. */
    private static Pool hangingPool(AtomicInteger transactions) {
        return (Pool) Proxy.newProxyInstance(Pool.class.getClassLoader(), new Class<?>[] {Pool.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("withConnection")) {
                        transactions.incrementAndGet();
                        return Promise.promise().future();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void groupThatNeverFinishesFailsItsMessagesAndFreesItsSlot() throws Exception {
        AtomicInteger transactions = new AtomicInteger();
        GroupCommitter committer = new GroupCommitter(hangingPool(transactions), vertx, 10, 1,
                Duration.ofMillis(200), Duration.ZERO);

        Future<Object> first = committer.submit(null, tx -> Future.succeededFuture("stored"));
        Throwable failure = first.toCompletionStage().toCompletableFuture().handle((ok, error) -> error)
                .get(5, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOf(TimeoutException.class);

        // the only slot was taken by the stuck group; a later message still gets a transaction of its own
        Future<Object> second = committer.submit(null, tx -> Future.succeededFuture("stored"));
        second.toCompletionStage().toCompletableFuture().handle((ok, error) -> error).get(5, TimeUnit.SECONDS);
        assertThat(transactions.get()).isEqualTo(2);
    }
}
