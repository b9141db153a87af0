package com.wallbill.central.ocpp;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Persists when chargers were last seen. Live connections keep it in memory (the operator API reads it
 * there) and it is written in one statement for all of them every half minute, and at disconnect.
 */
@ApplicationScoped
public class ChargePointActivity {

    private static final Logger LOG = Logger.getLogger(ChargePointActivity.class);
    private static final long FLUSH_EVERY_MS = 30_000;
    private static final String UPDATE_LAST_SEEN = """
            UPDATE charge_point c SET last_seen_at = GREATEST(c.last_seen_at, v.seen)
            FROM unnest($1::text[], $2::timestamptz[]) AS v(id, seen) WHERE c.id = v.id""";

    private final Pool pool;
    private final ConnectionRegistry registry;
    private final Vertx vertx;

    public ChargePointActivity(Pool pool, ConnectionRegistry registry, Vertx vertx) {
        this.pool = pool;
        this.registry = registry;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent start) {
        vertx.setPeriodic(FLUSH_EVERY_MS, tick -> write(new ArrayList<>(registry.all())));
    }

    void disconnected(ChargePointConnection connection) {
        write(List.of(connection));
    }

    private void write(List<ChargePointConnection> connections) {
        if (connections.isEmpty()) {
            return;
        }
        String[] ids = new String[connections.size()];
        OffsetDateTime[] seen = new OffsetDateTime[connections.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = connections.get(i).chargePointId();
            seen[i] = OffsetDateTime.ofInstant(connections.get(i).lastSeen(), ZoneOffset.UTC);
        }
        // Tuple.of(a, b) would spread the second array as varargs.
        pool.preparedQuery(UPDATE_LAST_SEEN).execute(Tuple.from(List.of(ids, seen)))
                .onFailure(failure -> LOG.warnf("Could not record last-seen times: %s", failure.getMessage()));
    }
}
