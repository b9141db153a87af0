package com.wallbill.central.db;

import com.wallbill.central.config.WallbillConfig;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Group commit: the writes of many chargers' messages go into one database transaction, and each message's
 * future completes only once that transaction has committed. Answering an OCPP CALL from that future means
 * nothing is confirmed before it is durable, while a commit is paid once per group instead of once per message.
 *
 * <p>A group that fails is retried one message at a time, so one bad message never fails its neighbours.
 */
@ApplicationScoped
public class GroupCommitter {

    private static final Logger LOG = Logger.getLogger(GroupCommitter.class);
    private static final String INSERT_JOURNAL = """
            INSERT INTO ocpp_journal (charge_point_id, connection_id, received_at, frame)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::timestamptz[], $4::text[])""";

    /** Database work of one message; its statements are issued without waiting so a group pipelines. */
    @FunctionalInterface
    public interface Work<T> {
        Future<T> apply(GroupTransaction transaction);
    }

    /** A raw inbound frame, appended to the journal in the same transaction as the message's effects. */
    public record JournalEntry(String chargePointId, long connectionId, OffsetDateTime receivedAt, String frame) {
    }

    private record Pending<T>(JournalEntry journal, Work<T> work, Promise<T> promise, long queuedAt) {
    }

    private final Pool pool;
    private final Vertx vertx;
    private final int maxGroupSize;
    private final int maxConcurrentGroups;
    private final long groupTimeoutMillis;
    private final long lingerNanos;
    private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
    private int groupsInFlight;
    private boolean lingering;

    @Inject
    public GroupCommitter(Pool pool, Vertx vertx, WallbillConfig config) {
        this(pool, vertx, config.persistence().maxGroupSize(), config.persistence().maxConcurrentGroups(),
                config.persistence().groupTimeout(), config.persistence().groupLinger());
    }

    public GroupCommitter(Pool pool, Vertx vertx, int maxGroupSize, int maxConcurrentGroups, Duration groupTimeout,
            Duration linger) {
        this.pool = pool;
        this.vertx = vertx;
        this.maxGroupSize = maxGroupSize;
        this.maxConcurrentGroups = maxConcurrentGroups;
        this.groupTimeoutMillis = Math.max(1, groupTimeout.toMillis());
        this.lingerNanos = linger.toNanos();
    }

    /** Appends the frame to the journal and runs the work, completing after commit. */
    public <T> Future<T> submit(JournalEntry journal, Work<T> work) {
        Promise<T> promise = Promise.promise();
        synchronized (queue) {
            queue.add(new Pending<>(journal, work, promise, System.nanoTime()));
        }
        drain();
        return promise.future();
    }

    /** Appends a frame that has no other effect (an answer to our own call, a malformed frame). */
    public Future<Void> journal(JournalEntry journal) {
        return submit(journal, transaction -> Future.succeededFuture());
    }

    private void drain() {
        while (true) {
            List<Pending<?>> group;
            synchronized (queue) {
                if (queue.isEmpty() || groupsInFlight >= maxConcurrentGroups || lingerFor(queue.peek())) {
                    return;
                }
                int size = Math.min(queue.size(), maxGroupSize);
                group = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    group.add(queue.poll());
                }
                groupsInFlight++;
            }
            AtomicBoolean released = new AtomicBoolean();
            Runnable release = () -> {
                if (released.compareAndSet(false, true)) {
                    synchronized (queue) {
                        groupsInFlight--;
                    }
                    drain();
                }
            };
            // A group that never finishes (a lost connection the client does not notice, a bug in a driver)
            // must not hold its slot, and its chargers' answers, forever. Its messages are answered with an
            // error; if the transaction commits after all, the chargers' retries are idempotent.
            long watchdog = vertx.setTimer(groupTimeoutMillis, timer -> {
                LOG.errorf("A group of %d writes did not finish within %d ms; failing its messages", group.size(),
                        groupTimeoutMillis);
                TimeoutException timeout = new TimeoutException("group commit timed out");
                group.forEach(pending -> pending.promise().tryFail(timeout));
                release.run();
            });
            commit(group).onComplete(done -> {
                vertx.cancelTimer(watchdog);
                release.run();
            });
        }
    }

    /** Whether the group should wait for more messages; if so, a timer drains the queue when the wait is over. */
    private boolean lingerFor(Pending<?> oldest) {
        if (lingerNanos == 0 || queue.size() >= maxGroupSize) {
            return false;
        }
        long left = lingerNanos - (System.nanoTime() - oldest.queuedAt());
        if (left <= 0) {
            return false;
        }
        if (!lingering) {
            lingering = true;
            vertx.setTimer(Math.max(1, left / 1_000_000), timer -> {
                synchronized (queue) {
                    lingering = false;
                }
                drain();
            });
        }
        return true;
    }

    private Future<Void> commit(List<Pending<?>> group) {
        List<Object> results = new ArrayList<>(group.size());
        return pool.withConnection(connection -> {
            FlushConsolidation.install(connection);
            return inTransaction(connection, group, results);
        })
                .map(committed -> {
                    for (int i = 0; i < group.size(); i++) {
                        complete(group.get(i), results.get(i));
                    }
                    return (Void) null;
                })
                .recover(failure -> {
                    if (group.size() == 1) {
                        group.get(0).promise().tryFail(failure);
                        return Future.succeededFuture();
                    }
                    LOG.warnf("Group of %d writes failed (%s); retrying them one by one", group.size(),
                            failure.getMessage());
                    return oneByOne(group, 0);
                });
    }

    private Future<Void> oneByOne(List<Pending<?>> group, int index) {
        if (index == group.size()) {
            return Future.succeededFuture();
        }
        return commit(List.of(group.get(index))).transform(done -> oneByOne(group, index + 1));
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Pending<T> pending, Object result) {
        pending.promise().tryComplete((T) result);
    }

    /**
     * BEGIN is sent without waiting for its answer: the group's statements follow it in the same pipeline, which
     * saves a round trip per group over {@code withTransaction}. Should BEGIN fail, the connection is broken and
     * so are the statements behind it, so nothing runs outside the transaction. The planner settings of
     * {@link IndexProbes} come with it.
     */
    private static Future<Void> inTransaction(SqlConnection connection, List<Pending<?>> group, List<Object> results) {
        Future<?> begin = connection.query("BEGIN; " + IndexProbes.SET_LOCAL).execute();
        Future<Void> body = runGroup(connection, group, results);
        return Future.join(begin, body).transform(done -> {
            if (done.succeeded()) {
                return connection.query("COMMIT").execute().mapEmpty();
            }
            Throwable cause = begin.failed() ? begin.cause() : body.cause();
            return connection.query("ROLLBACK").execute().transform(rolledBack -> Future.failedFuture(cause));
        });
    }

    private static Future<Void> runGroup(SqlConnection connection, List<Pending<?>> group, List<Object> results) {
        List<Future<?>> all = new ArrayList<>(group.size() + 2);
        all.add(appendJournal(connection, group));
        GroupTransaction transaction = new GroupTransaction(connection);
        List<Future<?>> works = new ArrayList<>(group.size());
        for (Pending<?> pending : group) {
            Future<?> work;
            try {
                work = pending.work().apply(transaction);
            } catch (RuntimeException e) {
                work = Future.failedFuture(e);
            }
            works.add(work);
            all.add(work);
        }
        all.addAll(transaction.runBatches());
        // join, not all: every statement must settle before the transaction is committed or rolled back.
        return Future.join(all).map(ok -> {
            for (Future<?> work : works) {
                results.add(work.result());
            }
            return null;
        });
    }

    private static Future<?> appendJournal(SqlConnection connection, List<Pending<?>> group) {
        int n = 0;
        for (Pending<?> pending : group) {
            if (pending.journal() != null) {
                n++;
            }
        }
        if (n == 0) {
            return Future.succeededFuture();
        }
        String[] ids = new String[n];
        Long[] connections = new Long[n];
        OffsetDateTime[] received = new OffsetDateTime[n];
        String[] frames = new String[n];
        int i = 0;
        for (Pending<?> pending : group) {
            JournalEntry entry = pending.journal();
            if (entry != null) {
                ids[i] = entry.chargePointId();
                connections[i] = entry.connectionId();
                received[i] = entry.receivedAt();
                frames[i] = entry.frame();
                i++;
            }
        }
        return connection.preparedQuery(INSERT_JOURNAL).execute(Tuple.from(List.of(ids, connections, received, frames)));
    }
}
