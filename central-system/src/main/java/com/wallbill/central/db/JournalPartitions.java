package com.wallbill.central.db;

import com.wallbill.central.config.WallbillConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Looks after the journal's daily partitions (UTC days of {@code received_at}, see migration V9): the coming
 * days' exist before their first frame, and days wholly past the retention are dropped. Runs at start and every
 * hour. Every change is one short transaction that is harmless to repeat, so several nodes may run it.
 *
 * <p>Frames of a day that has no partition land in the default partition rather than fail. When that day's
 * partition is created later, its frames move from the default partition into it in the same transaction; frames
 * left in the default partition past the retention are deleted.
 */
@ApplicationScoped
public class JournalPartitions {

    private static final Logger LOG = Logger.getLogger(JournalPartitions.class);
    /** Days after today whose partitions exist in advance: a node may be down this long without consequence. */
    static final int DAYS_AHEAD = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final String PARTITIONS = """
            SELECT c.relname AS name, b.bound = 'DEFAULT' AS is_default,
                   (regexp_match(b.bound, 'FROM \\(''([^'']+)''\\)'))[1]::timestamptz AS from_at,
                   (regexp_match(b.bound, 'TO \\(''([^'']+)''\\)'))[1]::timestamptz AS to_at
            FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid
            CROSS JOIN LATERAL (SELECT pg_get_expr(c.relpartbound, c.oid) AS bound) b
            WHERE i.inhparent = to_regclass($1)
            ORDER BY from_at NULLS FIRST""";
    /** A DDL statement waits this long for the journal's lock, then gives up until the next round. */
    private static final String LOCK_TIMEOUT = "SET LOCAL lock_timeout = '5s'";

    private final Pool pool;
    private final String table;
    private final Duration retention;

    @Inject
    JournalPartitions(Pool pool, WallbillConfig config) {
        this(pool, "ocpp_journal", config.journal().retention());
    }

    JournalPartitions(Pool pool, String table, Duration retention) {
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + table);
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("Negative journal retention: " + retention);
        }
        this.pool = pool;
        this.table = table;
        this.retention = retention;
    }

    /** One partition of the journal: its range ({@code null} for MINVALUE/MAXVALUE), or the default one. */
    record Partition(String name, boolean isDefault, Instant from, Instant to) {

        boolean overlaps(Instant start, Instant end) {
            return !isDefault && (from == null || from.isBefore(end)) && (to == null || to.isAfter(start));
        }
    }

    /** What one round did: partitions created and dropped, frames deleted from the default partition. */
    public record Round(List<String> created, List<String> dropped, long expiredDefaultRows) {
    }

    void onStart(@Observes StartupEvent start) {
        // Before traffic, so that today's and the coming days' frames have their partitions; a failure is not
        // fatal (they go to the default partition meanwhile) and the hourly round tries again.
        try {
            report(maintain(Instant.now()).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            LOG.errorf(e, "Could not prepare the journal's partitions; retrying every hour");
        }
    }

    @Scheduled(every = "1h", delayed = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return Uni.createFrom().completionStage(maintain(Instant.now()).onSuccess(this::report)
                .onFailure(e -> LOG.errorf(e, "Journal partition round failed; retrying in an hour"))
                .toCompletionStage()).replaceWithVoid();
    }

    /** Creates the partitions of today and the next {@link #DAYS_AHEAD} days, then drops what is past retention. */
    Future<Round> maintain(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return partitions().compose(existing -> {
            List<String> created = new ArrayList<>();
            Future<Void> chain = Future.succeededFuture();
            for (int d = 0; d <= DAYS_AHEAD; d++) {
                LocalDate day = today.plusDays(d);
                if (existing.stream().noneMatch(p -> p.overlaps(start(day), start(day.plusDays(1))))) {
                    chain = chain.compose(v -> create(day).map(name -> {
                        created.add(name);
                        return null;
                    }));
                }
            }
            return chain.compose(v -> expire(now, existing)).map(expired ->
                    new Round(created, expired.dropped(), expired.expiredDefaultRows()));
        });
    }

    Future<List<Partition>> partitions() {
        return pool.preparedQuery(PARTITIONS).execute(Tuple.of(table)).map(rows -> {
            List<Partition> out = new ArrayList<>();
            for (Row row : rows) {
                out.add(new Partition(row.getString("name"), row.getBoolean("is_default"), instant(row, "from_at"),
                        instant(row, "to_at")));
            }
            return out;
        });
    }

    /** Creates the day's partition with whatever frames of that day wait in the default partition. */
    private Future<String> create(LocalDate day) {
        String name = table + "_p" + DAY.format(day);
        String from = "'" + start(day) + "'";
        String to = "'" + start(day.plusDays(1)) + "'";
        String sql = LOCK_TIMEOUT + ";\n"
                + "CREATE TABLE " + name + " (LIKE " + table + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS);\n"
                + "WITH moved AS (DELETE FROM " + defaultPartition() + " WHERE received_at >= " + from
                + " AND received_at < " + to + " RETURNING *) INSERT INTO " + name + " SELECT * FROM moved;\n"
                + "ALTER TABLE " + table + " ATTACH PARTITION " + name + " FOR VALUES FROM (" + from + ") TO (" + to
                + ")";
        return pool.withTransaction(c -> c.query(sql).execute()).map(done -> name);
    }

    private record Expired(List<String> dropped, long expiredDefaultRows) {
    }

    private Future<Expired> expire(Instant now, List<Partition> existing) {
        if (retention.isZero()) {
            return Future.succeededFuture(new Expired(List.of(), 0));
        }
        Instant cutoff = now.minus(retention);
        List<String> dropped = new ArrayList<>();
        Future<Void> chain = Future.succeededFuture();
        for (Partition p : existing) {
            if (!p.isDefault() && p.to() != null && !p.to().isAfter(cutoff)) {
                chain = chain.compose(v -> pool.withTransaction(c -> c.query(LOCK_TIMEOUT + ";\nDROP TABLE " + p.name())
                        .execute()).map(done -> {
                            dropped.add(p.name());
                            return null;
                        }));
            }
        }
        return chain.compose(v -> pool.preparedQuery("DELETE FROM " + defaultPartition() + " WHERE received_at < $1")
                .execute(Tuple.of(Utc.of(cutoff))))
                .map(deleted -> new Expired(dropped, deleted.rowCount()));
    }

    private void report(Round round) {
        if (!round.created().isEmpty() || !round.dropped().isEmpty() || round.expiredDefaultRows() > 0) {
            LOG.infof("Journal partitions: created %s, dropped %s (retention %s), %d expired frames deleted",
                    round.created(), round.dropped(), retention, round.expiredDefaultRows());
        }
    }

    private String defaultPartition() {
        return table + "_default";
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant instant(Row row, String column) {
        var value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
