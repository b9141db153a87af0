package com.wallbill.billing.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.wallbill.billing.costing.CostedSession;
import com.wallbill.billing.costing.SessionCoster;
import com.wallbill.billing.costing.SlotCharge;
import com.wallbill.billing.rate.RateType;
import com.wallbill.billing.rate.Tariff;
import com.wallbill.billing.session.RegisterReading;
import com.wallbill.billing.session.SessionEnergy;
import com.wallbill.billing.session.SessionEvent;
import com.wallbill.billing.session.SessionEvent.SessionCompleted;
import com.wallbill.billing.session.SessionEventJson;
import com.wallbill.billing.session.SessionFlag;
import com.wallbill.billing.statement.StatementPeriod;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Turns completed sessions into costed sessions, exactly once per session: priced with the terms in force when
 * the session started, attached to the statement of the month (company time) it ended in, or to the open month
 * when that one is already closed. Fed by the session events; a sweep picks up whatever an event did not deliver
 * (published before a crash, or consumed while the database was away), so the database stays the source of truth.
 */
@ApplicationScoped
public class SessionCosting {

    private static final Logger LOG = Logger.getLogger(SessionCosting.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Flags that alone do not make a payroll clerk question a session. */
    private static final Set<SessionFlag> BENIGN = EnumSet.of(SessionFlag.OFFLINE);

    private static final String INSERT = """
            INSERT INTO costed_session (session_id, charge_point_id, company_id, device_link_id, employee_id, billable,
                started_at, stopped_at, statement_id, late, energy_wh, cost_exact, cost, refund, currency,
                refund_percent, payment_type, rate_version_id, breakdown, flags, review)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19::text::jsonb,
                $20, $21)
            ON CONFLICT (session_id) DO NOTHING""";

    private static final String UNCOSTED = """
            SELECT s.id, s.charge_point_id, s.evse_id, s.connector_id, s.id_tag, s.started_at, s.stopped_at,
                   s.meter_start_wh, s.meter_stop_wh, s.energy_wh, s.stop_reason, s.flags
            FROM charging_session s
            WHERE s.status = 'COMPLETED' AND s.stopped_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM costed_session c WHERE c.session_id = s.id)
            ORDER BY s.id LIMIT $1""";

    private static final String READINGS = """
            SELECT session_id, sampled_at, register_wh FROM meter_value
            WHERE session_id = ANY($1) AND register_wh IS NOT NULL ORDER BY session_id, sampled_at, id""";

    private final Pool pool;
    private final Clock clock;

    SessionCosting(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
        this.clock = Clock.systemUTC();
    }

    /**
     * Costs the completed sessions among the events; other events need nothing from billing. A record that cannot
     * be read is logged and skipped rather than retried forever: the session it was about, if any, is costed by
     * the sweep from the database.
     */
    @Incoming(SessionEvent.CHANNEL_IN)
    CompletionStage<Void> onSessionEvent(String json) {
        SessionEvent event;
        try {
            event = SessionEventJson.read(json);
        } catch (IllegalArgumentException e) {
            LOG.errorf("Skipped a session event that cannot be read: %s", e.getMessage());
            return Future.<Void>succeededFuture().toCompletionStage();
        }
        if (!(event instanceof SessionCompleted completed)) {
            return Future.<Void>succeededFuture().toCompletionStage();
        }
        return cost(completed).otherwise(failure -> {
            // Not lost: the sweep costs any completed session without a costed row.
            LOG.warnf("Session %d not costed yet (%s); the billing sweep will retry", completed.sessionId(),
                    failure.getMessage());
            return null;
        }).<Void>mapEmpty().toCompletionStage();
    }

    /** Costs one completed session. True if it was costed now, false if it had been costed before. */
    public Future<Boolean> cost(SessionCompleted session) {
        Instant termsAt = session.startedAt() != null ? session.startedAt() : session.stoppedAt();
        return pool.withTransaction(c -> c.preparedQuery(BillingSql.TERMS_AT)
                .execute(Tuple.of(session.chargePointId(), utc(termsAt)))
                .compose(rows -> rows.size() == 0
                        ? insert(c, unlinked(session))
                        : costLinked(c, session, rows.iterator().next())));
    }

    /** Costs up to {@code limit} completed sessions that have no costed row yet; returns how many it costed. */
    public Future<Integer> sweep(int limit) {
        return pool.preparedQuery(UNCOSTED).execute(Tuple.of(limit)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture(0);
            }
            List<Row> sessions = new ArrayList<>();
            rows.forEach(sessions::add);
            Long[] ids = sessions.stream().map(r -> r.getLong("id")).toArray(Long[]::new);
            return pool.preparedQuery(READINGS).execute(Tuple.of(ids)).compose(readingRows -> {
                java.util.Map<Long, List<RegisterReading>> readings = new java.util.HashMap<>();
                for (Row r : readingRows) {
                    readings.computeIfAbsent(r.getLong("session_id"), k -> new ArrayList<>()).add(new RegisterReading(
                            r.getOffsetDateTime("sampled_at").toInstant(), r.getBigDecimal("register_wh")));
                }
                Future<Integer> chain = Future.succeededFuture(0);
                for (Row s : sessions) {
                    SessionCompleted event = completedFrom(s, readings.getOrDefault(s.getLong("id"), List.of()));
                    chain = chain.compose(n -> cost(event).map(costed -> costed ? n + 1 : n));
                }
                return chain;
            });
        });
    }

    private Future<Boolean> costLinked(SqlConnection c, SessionCompleted session, Row terms) {
        long companyId = terms.getLong("company_id");
        ZoneId zone = ZoneId.of(terms.getString("time_zone"));
        Tariff tariff = TariffJson.read(RateType.valueOf(terms.getString("rate_type")), terms.getString("rate_currency"),
                terms.getString("tariff"));
        BigDecimal refundPercent = terms.getBigDecimal("refund_percent");
        SessionEnergy.Result energy = SessionEnergy.compute(session.readings(), session.startedAt(),
                session.stoppedAt());
        CostedSession costed = SessionCoster.cost(tariff, zone, energy, refundPercent);
        Set<SessionFlag> flags = new TreeSet<>(session.flags());
        flags.addAll(costed.flags());
        boolean billable = terms.getBoolean("logging_active");
        YearMonth endedIn = StatementPeriod.monthOf(session.stoppedAt(), zone);
        return c.preparedQuery(BillingSql.LOCK_COMPANY_SHARED).execute(Tuple.of(companyId))
                .compose(locked -> statementFor(c, companyId, endedIn, zone, tariff.currency().getCurrencyCode()))
                .compose(statement -> insert(c, Tuple.from(Arrays.asList(session.sessionId(), session.chargePointId(),
                        companyId, terms.getLong("link_id"), terms.getLong("employee_id"), billable,
                        utc(session.startedAt()), utc(session.stoppedAt()), statement.id(), statement.late(),
                        costed.energyWh(), costed.costExact(), costed.cost().amount(), costed.refund().amount(),
                        costed.cost().currency().getCurrencyCode(), refundPercent, terms.getString("payment_type"),
                        terms.getLong("rate_version_id"), breakdown(costed), names(flags), review(flags)))));
    }

    private record StatementRef(long id, boolean late) {
    }

    /**
     * The statement a session ending in {@code endedIn} goes to: that month's, unless it is closed, then the
     * month open now (the session is late). Runs under the company's shared lock, so the status read here cannot
     * change before this transaction commits.
     */
    private Future<StatementRef> statementFor(SqlConnection c, long companyId, YearMonth endedIn, ZoneId zone,
            String currency) {
        return openStatement(c, companyId, endedIn, currency).compose(ref -> {
            if (ref != null) {
                return Future.succeededFuture(ref);
            }
            YearMonth current = StatementPeriod.monthOf(clock.instant(), zone);
            return openStatement(c, companyId, current.isAfter(endedIn) ? current : endedIn.plusMonths(1), currency)
                    .map(late -> new StatementRef(late.id(), true));
        });
    }

    /** The month's statement, created if missing, or null if it is closed. */
    private Future<StatementRef> openStatement(SqlConnection c, long companyId, YearMonth month, String currency) {
        LocalDate first = StatementPeriod.firstDay(month);
        return c.preparedQuery(BillingSql.OPEN_STATEMENT).execute(Tuple.of(companyId, first, currency))
                .compose(x -> c.preparedQuery(BillingSql.STATEMENT_OF).execute(Tuple.of(companyId, first)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return "IN_PROGRESS".equals(row.getString("status")) ? new StatementRef(row.getLong("id"), false)
                            : null;
                });
    }

    private Future<Boolean> insert(SqlConnection c, Tuple row) {
        return c.preparedQuery(INSERT).execute(row).map(result -> result.rowCount() == 1);
    }

    /** A session of a charger linked to no company at its start: recorded, not billed. */
    private static Tuple unlinked(SessionCompleted session) {
        SessionEnergy.Result energy = SessionEnergy.compute(session.readings(), session.startedAt(),
                session.stoppedAt());
        Set<SessionFlag> flags = new TreeSet<>(session.flags());
        flags.addAll(energy.flags());
        return Tuple.from(Arrays.asList(session.sessionId(), session.chargePointId(), null, null, null, false,
                utc(session.startedAt()), utc(session.stoppedAt()), null, false, energy.energyWh(), null, null, null,
                null, null, null, null, null, names(flags), "NONE"));
    }

    private static String review(Set<SessionFlag> flags) {
        return flags.stream().anyMatch(f -> !BENIGN.contains(f)) ? "NEEDS_REVIEW" : "NONE";
    }

    private static String breakdown(CostedSession costed) {
        ArrayNode lines = JSON.createArrayNode();
        for (SlotCharge charge : costed.breakdown()) {
            lines.addObject().put("dayType", charge.dayType().name()).put("from", charge.slot().from())
                    .put("to", charge.slot().to()).put("pricePerKwh", charge.slot().pricePerKwh().toPlainString())
                    .put("energyWh", charge.energyWh().toPlainString()).put("amount", charge.amount().toPlainString());
        }
        return lines.toString();
    }

    private static SessionCompleted completedFrom(Row s, List<RegisterReading> readings) {
        Set<SessionFlag> flags = EnumSet.noneOf(SessionFlag.class);
        for (String flag : s.getArrayOfStrings("flags")) {
            flags.add(SessionFlag.valueOf(flag));
        }
        return new SessionCompleted(s.getLong("id"), s.getString("charge_point_id"), s.getInteger("evse_id"),
                s.getInteger("connector_id"), s.getString("id_tag"), instant(s, "started_at"), instant(s, "stopped_at"),
                s.getBigDecimal("meter_start_wh"), s.getBigDecimal("meter_stop_wh"), s.getBigDecimal("energy_wh"),
                s.getString("stop_reason"), flags, readings);
    }

    private static Instant instant(Row row, String column) {
        var value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static String[] names(Set<SessionFlag> flags) {
        return flags.stream().map(Enum::name).toArray(String[]::new);
    }

    static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
