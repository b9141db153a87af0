package com.wallbill.central.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.wallbill.billing.session.RegisterReading;
import com.wallbill.billing.session.SessionEnergy;
import com.wallbill.billing.session.SessionEvent.SessionCompleted;
import com.wallbill.billing.session.SessionFlag;
import com.wallbill.central.db.GroupCommitter;
import com.wallbill.central.db.GroupCommitter.JournalEntry;
import com.wallbill.central.db.PgText;
import com.wallbill.central.db.Utc;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import com.wallbill.central.db.GroupTransaction;
import com.wallbill.central.db.StatementBatch;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Durable, idempotent session recording. Every method writes through the group committer together with the
 * message's journal entry, and completes only after commit: the caller answers the charger from that.
 */
@ApplicationScoped
public class SessionStore {

    private final GroupCommitter committer;

    public SessionStore(GroupCommitter committer) {
        this.committer = committer;
    }

    /** Result of a 1.6 StartTransaction: the transactionId to answer with, and whether it was a resend. */
    public record Started16(long sessionId, int transactionId, boolean created) {
    }

    public Future<Started16> start16(JournalEntry journal, String chargePointId, int connectorId, String idTag,
            Instant startedAt, long meterStartWh, Instant receivedAt, Set<SessionFlag> flags) {
        Tuple args = args(chargePointId, connectorId, idTag, Utc.of(startedAt), Utc.of(receivedAt),
                BigDecimal.valueOf(meterStartWh), names(flags),
                MeterReading.register(startedAt, "Transaction.Begin", meterStartWh).sampledValues());
        return committer.submit(journal, c -> c.preparedQuery(SessionSql.START_16).execute(args).map(rows -> {
            Row row = rows.iterator().next();
            return new Started16(row.getLong("id"), row.getInteger("ocpp16_transaction_id"), row.getBoolean("created"));
        }));
    }

    /** Readings for a running session named by its transaction reference; quarantined if there is none. */
    public Future<Optional<Long>> addReadings(JournalEntry journal, String chargePointId, String transactionRef,
            String action, List<MeterReading> samples, Instant receivedAt, JsonNode payload) {
        // The common case, readings for a running session, goes into the group's one meter-value statement;
        // only when nothing was inserted (a replay, or no running session) is the session looked up.
        return committer.submit(journal, c -> batchReadings(c, chargePointId, transactionRef, action, samples,
                receivedAt, null).compose(inserted -> inserted.isPresent() ? Future.succeededFuture(inserted)
                        : find(c, chargePointId, transactionRef).compose(session -> {
                            if (session.isEmpty()) {
                                return quarantine(c, chargePointId, receivedAt, action,
                                        "Unknown transaction " + transactionRef, payload)
                                        .map(q -> Optional.<Long>empty());
                            }
                            if (!session.get().active()) {
                                return quarantine(c, chargePointId, receivedAt, action,
                                        "Readings for completed transaction " + transactionRef, payload)
                                        .map(q -> Optional.<Long>empty());
                            }
                            return Future.succeededFuture(Optional.of(session.get().id()));
                        })));
    }

    /**
     * Adds the readings to the group's meter-value batch: stored if the session runs and, for a 2.0.1 event
     * ({@code seqNo} not null), only if that event was recorded by this very message (not a replay). Returns
     * the session id when something was stored.
     */
    static Future<Optional<Long>> batchReadings(GroupTransaction c, String chargePointId, String transactionRef,
            String action, List<MeterReading> samples, Instant receivedAt, Integer seqNo) {
        if (samples.isEmpty()) {
            return Future.succeededFuture(Optional.empty());
        }
        OffsetDateTime received = Utc.of(receivedAt);
        List<Object[]> rows = new ArrayList<>(samples.size());
        for (MeterReading r : samples) {
            rows.add(new Object[] {chargePointId, transactionRef, received, action, Utc.of(r.sampledAt()), r.context(),
                r.registerWh(), r.sampledValues(), seqNo});
        }
        return c.batch(SessionSql.READINGS_BATCH, chargePointId, rows).map(returned -> returned.isEmpty()
                ? Optional.<Long>empty() : Optional.of(returned.get(0).getLong("session_id")));
    }

    /** 1.6 MeterValues without a transactionId: connector-level readings. */
    public Future<Void> addConnectorReadings(JournalEntry journal, String chargePointId, int connectorId,
            List<MeterReading> samples, Instant receivedAt) {
        Object[] columns = SampleColumns.of(samples);
        List<Object> values = new ArrayList<>(List.of(chargePointId, connectorId, Utc.of(receivedAt), "MeterValues"));
        values.addAll(Arrays.asList(columns));
        return committer.submit(journal,
                c -> c.preparedQuery(SessionSql.INSERT_CONNECTOR_SAMPLES).execute(Tuple.from(values)).mapEmpty());
    }

    /** How a stop arrived: its time, the final readings and the reason, per the charger. */
    public record Stop(Instant stoppedAt, Instant receivedAt, String reason, String idTag, List<MeterReading> samples,
            Set<SessionFlag> flags) {
    }

    /** What became of a stop: the session it completed, or why it completed nothing. */
    public record StopOutcome(Optional<SessionCompleted> completed, String note) {
        static StopOutcome of(SessionCompleted completed) {
            return new StopOutcome(Optional.of(completed), "completed");
        }

        static StopOutcome none(String note) {
            return new StopOutcome(Optional.empty(), note);
        }
    }

    /**
     * Completes the session with its final readings. A stop for a completed session is a replay (answered, no
     * effect) or, if it disagrees, quarantined; a stop for an unknown session or before its start is quarantined.
     */
    public Future<StopOutcome> stop(JournalEntry journal, String chargePointId, String transactionRef, String action,
            Stop stop, JsonNode payload) {
        return committer.submit(journal, c -> stopWithin(c, chargePointId, transactionRef, action, stop, payload));
    }

    Future<StopOutcome> stopWithin(GroupTransaction c, String chargePointId, String transactionRef, String action,
            Stop stop, JsonNode payload) {
        return c.preparedQuery(SessionSql.LOCK_SESSION).execute(Tuple.of(chargePointId, transactionRef))
                .map(SessionStore::sessionRow).compose(found -> {
                    if (found.isEmpty()) {
                        return quarantine(c, chargePointId, stop.receivedAt(), action,
                                "Unknown transaction " + transactionRef, payload)
                                .map(q -> StopOutcome.none("quarantined: unknown transaction"));
                    }
                    SessionRow session = found.get();
                    if (!session.active()) {
                        if (stop.stoppedAt().equals(session.stoppedAt())) {
                            return Future.succeededFuture(StopOutcome.none("replay: already completed"));
                        }
                        // A different stop for a completed session: the first one stands; the session is flagged
                        // (and, if billing has costed it, put up for review) so nobody pays on a guess.
                        return quarantine(c, chargePointId, stop.receivedAt(), action, "Duplicate stop", payload)
                                .compose(q -> c.preparedQuery(SessionSql.ADD_FLAG).execute(Tuple.of(session.id(),
                                        SessionFlag.DUPLICATE_STOP.name(), Utc.of(stop.receivedAt()))))
                                .compose(q -> c.preparedQuery(SessionSql.FLAG_COSTED_SESSION).execute(Tuple.of(
                                        session.id(), SessionFlag.DUPLICATE_STOP.name())))
                                .map(q -> StopOutcome.none("quarantined: duplicate stop"));
                    }
                    if (session.startedAt() != null && stop.stoppedAt().isBefore(session.startedAt())) {
                        return quarantine(c, chargePointId, stop.receivedAt(), action, "Stop before start", payload)
                                .compose(q -> c.preparedQuery(SessionSql.ADD_FLAG).execute(Tuple.of(session.id(),
                                        SessionFlag.STOP_QUARANTINED.name(), Utc.of(stop.receivedAt()))))
                                .map(q -> StopOutcome.none("quarantined: stop before start"));
                    }
                    return insertSamples(c, chargePointId, transactionRef, action, stop.samples(), stop.receivedAt())
                            .compose(inserted -> complete(c, chargePointId, session, stop));
                });
    }

    private Future<StopOutcome> complete(GroupTransaction c, String chargePointId, SessionRow session, Stop stop) {
        return c.preparedQuery(SessionSql.REGISTER_READINGS).execute(Tuple.of(session.id())).compose(rows -> {
            List<RegisterReading> readings = new ArrayList<>(rows.size());
            for (Row row : rows) {
                readings.add(new RegisterReading(row.getOffsetDateTime("sampled_at").toInstant(),
                        row.getBigDecimal("register_wh")));
            }
            SessionEnergy.Result energy = SessionEnergy.compute(readings, session.startedAt(), stop.stoppedAt());
            Set<SessionFlag> flags = EnumSet.noneOf(SessionFlag.class);
            flags.addAll(session.flags());
            flags.addAll(stop.flags());
            flags.addAll(energy.flags());
            BigDecimal meterStart = session.meterStartWh() != null ? session.meterStartWh() : energy.startWh();
            Tuple args = args(session.id(), Utc.of(stop.stoppedAt()), Utc.of(stop.receivedAt()), energy.startWh(),
                    energy.stopWh(), energy.energyWh(), stop.reason(), stop.idTag(), names(flags));
            return c.preparedQuery(SessionSql.COMPLETE).execute(args).map(updated -> StopOutcome.of(
                    new SessionCompleted(session.id(), chargePointId, session.evseId(), session.connectorId(),
                            session.idTag() != null ? session.idTag() : stop.idTag(), session.startedAt(),
                            stop.stoppedAt(), meterStart, energy.stopWh(), energy.energyWh(), stop.reason(),
                            Set.copyOf(flags), readings)));
        });
    }

    /** A 2.0.1 TransactionEvent, version-neutral enough for the store. */
    public record TransactionEvent(String transactionRef, int seqNo, String eventType, String triggerReason,
            Instant timestamp, boolean offline, Integer evseId, Integer connectorId, String idToken,
            String stoppedReason, List<MeterReading> samples, Set<SessionFlag> flags) {
    }

    /** What a TransactionEvent did: nothing (a replay), created or extended a session, or completed it. */
    public record EventOutcome(boolean replay, Long sessionId, boolean created, StopOutcome stop) {
    }

    public Future<EventOutcome> transactionEvent(JournalEntry journal, String chargePointId, TransactionEvent event,
            Instant receivedAt, JsonNode payload) {
        Set<SessionFlag> flags = EnumSet.noneOf(SessionFlag.class);
        flags.addAll(event.flags());
        if (!"Started".equals(event.eventType())) {
            flags.add(SessionFlag.START_MISSING);
        }
        if (event.offline()) {
            flags.add(SessionFlag.OFFLINE);
        }
        Object[] eventRow = {chargePointId, event.transactionRef(), event.seqNo(), event.eventType(),
            event.triggerReason(), Utc.of(event.timestamp()), event.offline(), Utc.of(receivedAt), event.evseId(),
            event.connectorId(), event.idToken(), String.join(",", names(flags))};
        boolean ended = "Ended".equals(event.eventType());
        return committer.submit(journal, c -> {
            Future<List<Row>> recorded = c.batch(SessionSql.TRANSACTION_EVENTS, chargePointId,
                    List.<Object[]>of(eventRow));
            // The readings batch runs after the events batch, so it sees whether this message recorded the event.
            Future<Optional<Long>> readings = ended ? Future.succeededFuture(Optional.empty())
                    : batchReadings(c, chargePointId, event.transactionRef(), "TransactionEvent", event.samples(),
                            receivedAt, event.seqNo());
            return recorded.compose(rows -> {
                    Row row = rows.get(0);
                    if (!row.getBoolean("fresh")) {
                        return Future.succeededFuture(new EventOutcome(true, row.getLong("id"), false, null));
                    }
                    long sessionId = row.getLong("id");
                    boolean created = row.getBoolean("created");
                    if (!"ACTIVE".equals(row.getString("status"))) {
                        return quarantine(c, chargePointId, receivedAt, "TransactionEvent",
                                "Event after the transaction ended", payload)
                                .map(q -> new EventOutcome(false, sessionId, false, null));
                    }
                    Future<?> amended = created || !("Started".equals(event.eventType()) || event.offline())
                            ? Future.succeededFuture()
                            : c.preparedQuery(SessionSql.AMEND_SESSION).execute(args(sessionId, event.eventType(),
                                    Utc.of(event.timestamp()), event.offline(), event.evseId(), event.connectorId(),
                                    event.idToken(), event.seqNo(), Utc.of(receivedAt)));
                    if (ended) {
                        Stop stop = new Stop(event.timestamp(), receivedAt, event.stoppedReason(), event.idToken(),
                                event.samples(), event.flags());
                        return amended.compose(a -> stopWithin(c, chargePointId, event.transactionRef(),
                                "TransactionEvent", stop, payload))
                                .map(outcome -> new EventOutcome(false, sessionId, created, outcome));
                    }
                    return Future.all(amended, readings).map(done -> new EventOutcome(false, sessionId, created, null));
                });
        });
    }

    Future<Optional<SessionRow>> find(GroupTransaction c, String chargePointId, String transactionRef) {
        return c.preparedQuery(SessionSql.FIND_SESSION).execute(Tuple.of(chargePointId, transactionRef))
                .map(SessionStore::sessionRow);
    }

    /** Inserts the readings into the running session; returns its id if any reading was new. */
    Future<Optional<Long>> insertSamples(GroupTransaction c, String chargePointId, String transactionRef,
            String action, List<MeterReading> samples, Instant receivedAt) {
        if (samples.isEmpty()) {
            return Future.succeededFuture(Optional.empty());
        }
        List<Object> values = new ArrayList<>(List.of(chargePointId, transactionRef, Utc.of(receivedAt), action));
        values.addAll(Arrays.asList(SampleColumns.of(samples)));
        return c.preparedQuery(SessionSql.INSERT_SESSION_SAMPLES).execute(Tuple.from(values))
                .map(rows -> rows.size() == 0 ? Optional.<Long>empty()
                        : Optional.of(rows.iterator().next().getLong("session_id")));
    }

    Future<Void> quarantine(GroupTransaction c, String chargePointId, Instant receivedAt, String action, String reason,
            JsonNode payload) {
        return c.preparedQuery(SessionSql.QUARANTINE)
                .execute(Tuple.of(chargePointId, Utc.of(receivedAt), action, reason, PgText.json(payload))).mapEmpty();
    }

    /** A session as the recording logic needs it. */
    record SessionRow(long id, boolean active, Instant startedAt, Instant stoppedAt, Integer evseId,
            Integer connectorId, String idTag, Set<SessionFlag> flags, BigDecimal meterStartWh) {
    }

    static Optional<SessionRow> sessionRow(RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        OffsetDateTime started = row.getOffsetDateTime("started_at");
        OffsetDateTime stopped = row.getOffsetDateTime("stopped_at");
        Set<SessionFlag> flags = new LinkedHashSet<>();
        for (String name : row.getArrayOfStrings("flags")) {
            flags.add(SessionFlag.valueOf(name));
        }
        return Optional.of(new SessionRow(row.getLong("id"), "ACTIVE".equals(row.getString("status")),
                started == null ? null : started.toInstant(), stopped == null ? null : stopped.toInstant(),
                row.getInteger("evse_id"),
                row.getInteger("connector_id"), row.getString("id_tag"), flags, row.getBigDecimal("meter_start_wh")));
    }


    static String[] names(Set<SessionFlag> flags) {
        return flags.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static Tuple args(Object... values) {
        return Tuple.from(Arrays.asList(values));
    }
}
