package com.wallbill.central.db;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * Planner settings for the OCPP hot path: every statement there touches the rows of a few hundred chargers
 * at most, each found through an index, however large the tables grow.
 *
 * <p>PostgreSQL plans a prepared statement with the table sizes of the moment and keeps reusing that plan
 * until the table is next analyzed. Planned while a table was small (a fresh install, the first minutes of a
 * load), the cheapest plan hashed or scanned the whole table, and kept doing so as it grew: the meter-value
 * insert hashed every recorded transaction event for each group, 100 ms per group at 200,000 events, until
 * autovacuum's ANALYZE forced a new plan (the benchmark's slow first seconds, p50 50-100 ms). Without seq
 * scans, hash and merge joins, the only plans left are per-row index probes, right at every size.
 * {@code SET LOCAL} keeps the settings inside the transaction; statements of other parts of the app (panel
 * reports, billing) keep the planner's defaults.
 */
public final class IndexProbes {

    /** Sent after BEGIN, in the same simple query. */
    public static final String SET_LOCAL =
            "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off";

    private IndexProbes() {
    }

    /** Runs {@code work} in a transaction with the hot-path planner settings. */
    public static <T> Future<T> inTransaction(Pool pool, Function<SqlConnection, Future<T>> work) {
        return pool.withTransaction(connection -> connection.query(SET_LOCAL).execute()
                .compose(set -> work.apply(connection)));
    }
}
