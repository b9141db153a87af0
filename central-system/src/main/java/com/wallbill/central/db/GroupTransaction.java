package com.wallbill.central.db;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transaction a group of messages is written in. A message's work issues its own statements through
 * {@link #preparedQuery} and adds rows to shared {@link StatementBatch}es, which run once for the whole group:
 * fewer statements and fewer round trips per message.
 */
public final class GroupTransaction {

    private final SqlConnection connection;
    private final Map<StatementBatch, Pending> batches = new HashMap<>();

    private static final class Pending {
        final List<Object[]> rows = new ArrayList<>();
        final Map<String, Promise<List<Row>>> byKey = new HashMap<>();
    }

    GroupTransaction(SqlConnection connection) {
        this.connection = connection;
    }

    SqlConnection connection() {
        return connection;
    }

    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return connection.preparedQuery(sql);
    }

    /**
     * Adds one message's rows (each starting with {@code key}) to the group's batch; the future completes, once
     * the batch ran, with the RETURNING rows carrying that key. Must be called while the work is being applied, not in a later callback:
     * batches run right after every message of the group was applied.
     */
    public Future<List<Row>> batch(StatementBatch batch, String key, List<Object[]> rows) {
        Pending pending = batches.computeIfAbsent(batch, b -> new Pending());
        if (pending.byKey.containsKey(key)) {
            // One CALL in flight per charger makes this impossible; refuse rather than mix two messages' rows.
            throw new IllegalStateException(batch.name() + ": two messages of " + key + " in one group");
        }
        for (Object[] row : rows) {
            if (row.length != batch.columns() || !key.equals(row[0])) {
                throw new IllegalArgumentException(batch.name() + " takes " + batch.columns()
                        + " columns, the first being the key " + key);
            }
            pending.rows.add(row);
        }
        Promise<List<Row>> promise = Promise.promise();
        pending.byKey.put(key, promise);
        return promise.future();
    }

    /** Runs every batch that got rows, each as one statement in stage order, and hands each message its rows. */
    List<Future<?>> runBatches() {
        List<Future<?>> done = new ArrayList<>(batches.size());
        List<Map.Entry<StatementBatch, Pending>> ordered = new ArrayList<>(batches.entrySet());
        ordered.sort(Comparator.comparingInt(entry -> entry.getKey().stage()));
        ordered.forEach(entry -> {
            StatementBatch batch = entry.getKey();
            Pending pending = entry.getValue();
            Future<RowSet<Row>> executed = connection.preparedQuery(batch.sql())
                    .execute(Tuple.from(java.util.Arrays.asList(batch.columnArrays(pending.rows))));
            done.add(executed.onComplete(result -> {
                if (result.failed()) {
                    pending.byKey.values().forEach(p -> p.tryFail(result.cause()));
                    return;
                }
                Map<String, List<Row>> returned = new HashMap<>();
                for (Row row : result.result()) {
                    returned.computeIfAbsent(row.getString("key"), k -> new ArrayList<>()).add(row);
                }
                pending.byKey.forEach((key, p) -> p.tryComplete(returned.getOrDefault(key, List.of())));
            }));
        });
        batches.clear();
        return done;
    }
}
