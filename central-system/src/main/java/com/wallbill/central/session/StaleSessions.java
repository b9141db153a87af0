package com.wallbill.central.session;

import com.wallbill.billing.session.RegisterReading;
import com.wallbill.billing.session.SessionEnergy;
import com.wallbill.billing.session.SessionEvent.SessionCompleted;
import com.wallbill.billing.session.SessionFlag;
import com.wallbill.central.config.WallbillConfig;
import com.wallbill.central.db.Utc;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Closes sessions whose charger never stopped them: after {@code wallbill.ocpp.stale-session-timeout} without any
 * message for the session, it is completed at its last reading, flagged {@link SessionFlag#STOP_TIMEOUT} and handed
 * to billing like any other. A stop arriving later is a different stop for a completed session: quarantined and
 * flagged for review, never counted twice.
 */
@ApplicationScoped
public class StaleSessions {

    private static final Logger LOG = Logger.getLogger(StaleSessions.class);
    private static final int BATCH = 500;

    private static final String STALE = """
            SELECT s.id, s.charge_point_id FROM charging_session s
            WHERE s.status = 'ACTIVE' AND s.updated_at < $1
              AND NOT EXISTS (SELECT 1 FROM meter_value m WHERE m.session_id = s.id AND m.received_at >= $1)
            ORDER BY s.id LIMIT $2""";
    private static final String LOCK = """
            SELECT id, status, started_at, stopped_at, meter_stop_wh, evse_id, connector_id, id_tag, flags,
                meter_start_wh, charge_point_id
            FROM charging_session WHERE id = $1 FOR UPDATE""";

    private final Pool pool;
    private final SessionEvents events;
    private final WallbillConfig config;
    private final Clock clock = Clock.systemUTC();

    StaleSessions(Pool pool, SessionEvents events, WallbillConfig config) {
        this.pool = pool;
        this.events = events;
        this.config = config;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return Uni.createFrom().completionStage(closeStale().toCompletionStage()).replaceWithVoid();
    }

    /** Closes every stale session (up to a batch); returns how many it closed. */
    public Future<Integer> closeStale() {
        Instant cutoff = clock.instant().minus(config.ocpp().staleSessionTimeout());
        return pool.preparedQuery(STALE).execute(Tuple.of(Utc.of(cutoff), BATCH)).compose(rows -> {
            List<Long> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.getLong("id")));
            Future<Integer> chain = Future.succeededFuture(0);
            for (long id : ids) {
                chain = chain.compose(n -> close(id).map(closed -> {
                    closed.ifPresent(events::publish);
                    return closed.isPresent() ? n + 1 : n;
                }));
            }
            return chain;
        }).onSuccess(n -> {
            if (n > 0) {
                LOG.infof("Closed %d sessions that were never stopped (no message since %s)", n, cutoff);
            }
        });
    }

    private Future<Optional<SessionCompleted>> close(long sessionId) {
        Instant now = clock.instant();
        return pool.withTransaction(c -> c.preparedQuery(LOCK).execute(Tuple.of(sessionId)).compose(rows -> {
            Optional<SessionStore.SessionRow> found = SessionStore.sessionRow(rows);
            if (found.isEmpty() || !found.get().active()) {
                return Future.succeededFuture(Optional.<SessionCompleted>empty());
            }
            SessionStore.SessionRow session = found.get();
            String chargePointId = rows.iterator().next().getString("charge_point_id");
            return c.preparedQuery(SessionSql.REGISTER_READINGS).execute(Tuple.of(sessionId)).compose(readingRows -> {
                List<RegisterReading> readings = new ArrayList<>();
                for (Row r : readingRows) {
                    readings.add(new RegisterReading(r.getOffsetDateTime("sampled_at").toInstant(),
                            r.getBigDecimal("register_wh")));
                }
                Instant stoppedAt = readings.isEmpty() ? session.startedAt()
                        : readings.get(readings.size() - 1).at();
                if (stoppedAt == null) {
                    stoppedAt = now;
                }
                SessionEnergy.Result energy = SessionEnergy.compute(readings, session.startedAt(), stoppedAt);
                Set<SessionFlag> flags = EnumSet.of(SessionFlag.STOP_TIMEOUT);
                flags.addAll(session.flags());
                flags.addAll(energy.flags());
                Tuple args = Tuple.from(java.util.Arrays.asList(sessionId, Utc.of(stoppedAt),
                        Utc.of(now), energy.startWh(), energy.stopWh(), energy.energyWh(), "Timeout", null,
                        SessionStore.names(flags)));
                Instant stopped = stoppedAt;
                return c.preparedQuery(SessionSql.COMPLETE).execute(args).map(updated -> updated.rowCount() == 0
                        ? Optional.<SessionCompleted>empty()
                        : Optional.of(new SessionCompleted(sessionId, chargePointId, session.evseId(),
                                session.connectorId(), session.idTag(), session.startedAt(), stopped,
                                session.meterStartWh() != null ? session.meterStartWh() : energy.startWh(),
                                energy.stopWh(), energy.energyWh(), "Timeout", Set.copyOf(flags), readings)));
            });
        }));
    }
}
