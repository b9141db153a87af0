package com.wallbill.central.ocpp;

import com.wallbill.central.db.BatchWhileBusy;
import com.wallbill.central.db.IndexProbes;
import com.wallbill.central.db.Utc;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Persists when chargers were last seen. Live connections keep it in memory (the operator API reads it
 * there) and it is written in one statement for all of them every half minute, and at disconnect.
 */
@ApplicationScoped
public class ChargePointActivity {

    private static final Logger LOG = Logger.getLogger(ChargePointActivity.class);
    private static final long FLUSH_EVERY_MS = 30_000;
    /**
     * Rows another transaction holds are skipped, never waited for: that is a group commit writing a boot (which
     * sets a newer last-seen itself), and waiting on it while it waits on rows locked here would deadlock.
     * Each id is locked through its own index probe (LATERAL): PostgreSQL soon runs a prepared statement with a
     * generic plan, which guesses ten array elements, and a semi-join against the set of locked rows then
     * compared every id with every other (4.8 s of database CPU for 10,000 chargers, every half minute).
     * NO KEY UPDATE is the lock the update itself takes; FOR UPDATE would also block the foreign-key checks of
     * sessions and connector statuses being inserted for these chargers meanwhile.
     */
    static final String UPDATE_LAST_SEEN = """
            UPDATE charge_point c SET last_seen_at = GREATEST(c.last_seen_at, v.seen)
            FROM unnest($1::text[], $2::timestamptz[]) AS v(id, seen)
            CROSS JOIN LATERAL (SELECT l.id FROM charge_point l WHERE l.id = v.id
                FOR NO KEY UPDATE SKIP LOCKED) locked
            WHERE c.id = locked.id""";

    private final Pool pool;
    private final ConnectionRegistry registry;
    private final Vertx vertx;
    private final BatchWhileBusy<ChargePointConnection> closedConnections =
            new BatchWhileBusy<>(1, Integer.MAX_VALUE, this::write);

    public ChargePointActivity(Pool pool, ConnectionRegistry registry, Vertx vertx) {
        this.pool = pool;
        this.registry = registry;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent start) {
        vertx.setPeriodic(FLUSH_EVERY_MS, tick -> write(new ArrayList<>(registry.all())));
    }

    /**
     * Records the last-seen time of a closed connection. While a write of closed connections is running, those
     * that close meanwhile wait and go together in the next one: when thousands of chargers drop at once (a network
     * blip, a restart) that is a few statements, not one per charger competing with their reconnects.
     */
    void disconnected(ChargePointConnection connection) {
        closedConnections.add(connection);
    }

    private Future<?> write(List<ChargePointConnection> connections) {
        if (connections.isEmpty()) {
            return Future.succeededFuture();
        }
        // One row per charger: UPDATE ... FROM would apply an arbitrary one of two rows for the same id.
        Map<String, Instant> latest = new HashMap<>();
        for (ChargePointConnection connection : connections) {
            latest.merge(connection.chargePointId(), connection.lastSeen(), (a, b) -> a.isAfter(b) ? a : b);
        }
        String[] ids = new String[latest.size()];
        OffsetDateTime[] seen = new OffsetDateTime[latest.size()];
        int i = 0;
        for (Map.Entry<String, Instant> entry : latest.entrySet()) {
            ids[i] = entry.getKey();
            seen[i++] = Utc.of(entry.getValue());
        }
        // Tuple.of(a, b) would spread the second array as varargs.
        return IndexProbes.inTransaction(pool,
                c -> c.preparedQuery(UPDATE_LAST_SEEN).execute(Tuple.from(List.of(ids, seen))))
                .onFailure(failure -> LOG.warnf("Could not record last-seen times: %s", failure.getMessage()));
    }
}
