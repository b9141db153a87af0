package com.wallbill.billing.app;

import com.wallbill.billing.statement.LineEvent;
import com.wallbill.billing.statement.LineStatus;
import com.wallbill.billing.statement.PaymentType;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import com.wallbill.billing.statement.StatementPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly statements as a company sees them. An open month's lines are computed from its costed sessions and
 * shown IN_PROGRESS; a closed month's lines are the ones written at close. Totals add up every line, whatever
 * its status.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Statements {

    private static final String STATEMENT = """
            SELECT id, status, currency, closed_at FROM statement WHERE company_id = $1 AND month = $2""";
    private static final String OPEN_LINES = """
            SELECT NULL::bigint AS id, employee_id, device_link_id, charge_point_id, payment_type, kind, sessions,
                   energy_wh, cost, refund, 'IN_PROGRESS' AS status, NULL AS status_reason,
                   NULL::timestamptz AS completed_at, NULL AS completed_by
            FROM (SELECT employee_id, device_link_id, charge_point_id, payment_type, 'SESSIONS' AS kind,
                         count(*) AS sessions, sum(energy_wh) AS energy_wh, sum(cost) AS cost, sum(refund) AS refund
                  FROM costed_session WHERE statement_id = $1 AND billable AND review <> 'EXCLUDED'
                  GROUP BY employee_id, device_link_id, charge_point_id, payment_type
                  UNION ALL
                  SELECT employee_id, device_link_id, charge_point_id, payment_type, 'ADJUSTMENT', count(*),
                         sum(energy_wh), sum(cost), sum(refund)
                  FROM statement_adjustment WHERE statement_id = $1
                  GROUP BY employee_id, device_link_id, charge_point_id, payment_type) lines
            ORDER BY employee_id, charge_point_id, payment_type, kind DESC""";
    private static final String CLOSED_LINES = """
            SELECT id, employee_id, device_link_id, charge_point_id, payment_type, kind, sessions, energy_wh, cost,
                   refund, status, status_reason, completed_at, completed_by
            FROM statement_line WHERE statement_id = $1
            ORDER BY employee_id, charge_point_id, payment_type, kind DESC""";
    private static final String LINE_FOR_UPDATE = """
            SELECT status, payment_type FROM statement_line WHERE id = $1 AND company_id = $2 FOR UPDATE""";
    private static final String MARK_PAID = """
            UPDATE statement_line SET status = $2, status_reason = NULL, completed_at = $3, completed_by = $4
            WHERE id = $1""";
    private static final String SESSION_FOR_REVIEW = """
            SELECT c.review, c.billable, c.statement_id, c.employee_id, c.device_link_id, c.charge_point_id,
                   c.payment_type, c.energy_wh, c.cost, c.refund, s.status, co.time_zone, co.currency
            FROM costed_session c JOIN statement s ON s.id = c.statement_id JOIN company co ON co.id = c.company_id
            WHERE c.session_id = $1 AND c.company_id = $2 FOR UPDATE OF c""";
    private static final String REVIEW = """
            UPDATE costed_session SET review = $2, reviewed_by = $3, reviewed_at = now() WHERE session_id = $1""";
    private static final String ADJUST = """
            INSERT INTO statement_adjustment (company_id, statement_id, session_id, corrects_statement_id, employee_id,
                device_link_id, charge_point_id, payment_type, energy_wh, cost, refund, reason, created_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)""";

    public record StatementView(YearMonth month, String status, String currency, OffsetDateTime closedAt,
            long sessions, BigDecimal energyWh, BigDecimal cost, BigDecimal refund, List<LineView> lines) {
    }

    /** One line: the month's sessions of an employee's device, or ({@code kind} ADJUSTMENT) corrections of earlier months. */
    public record LineView(Long id, long employeeId, long deviceLinkId, String chargePointId, String paymentType,
            String kind, long sessions, BigDecimal energyWh, BigDecimal cost, BigDecimal refund, String status,
            String statusReason, OffsetDateTime completedAt, String completedBy) {
    }

    public enum Review {
        ACCEPTED, EXCLUDED
    }

    private final Pool pool;
    private final AuditLog audit;

    Statements(@BillingDatabase.Billing Pool pool, AuditLog audit) {
        this.pool = pool;
        this.audit = audit;
    }

    public Future<StatementView> find(long companyId, YearMonth month) {
        return pool.preparedQuery(STATEMENT).execute(Tuple.of(companyId, month.atDay(1))).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Refusal(404, "Not Found", "No statement for " + month));
            }
            Row s = rows.iterator().next();
            boolean open = "IN_PROGRESS".equals(s.getString("status"));
            return pool.preparedQuery(open ? OPEN_LINES : CLOSED_LINES).execute(Tuple.of(s.getLong("id")))
                    .map(lineRows -> {
                        List<LineView> lines = new ArrayList<>();
                        long sessions = 0;
                        BigDecimal energy = BigDecimal.ZERO;
                        BigDecimal cost = BigDecimal.ZERO;
                        BigDecimal refund = BigDecimal.ZERO;
                        for (Row l : lineRows) {
                            LineView line = new LineView(l.getLong("id"), l.getLong("employee_id"),
                                    l.getLong("device_link_id"), l.getString("charge_point_id"),
                                    l.getString("payment_type"), l.getString("kind"), l.getLong("sessions"), l.getBigDecimal("energy_wh"),
                                    l.getBigDecimal("cost"), l.getBigDecimal("refund"), l.getString("status"),
                                    l.getString("status_reason"), l.getOffsetDateTime("completed_at"),
                                    l.getString("completed_by"));
                            lines.add(line);
                            sessions += line.sessions();
                            energy = energy.add(line.energyWh());
                            cost = cost.add(line.cost());
                            refund = refund.add(line.refund());
                        }
                        return new StatementView(month, s.getString("status"), s.getString("currency").strip(),
                                s.getOffsetDateTime("closed_at"), sessions, energy, cost, refund, lines);
                    });
        });
    }

    /** An admin states that a manual line was paid by transfer; the state machine decides whether it can be. */
    public Future<Void> markPaid(long companyId, long lineId, String by, Instant at) {
        return markPaid(companyId, lineId, AuditActor.named(by), at);
    }

    /** The same by a panel user; the line's {@code completed_by} is their e-mail. Recorded in the audit log. */
    public Future<Void> markPaid(long companyId, long lineId, AuditActor actor, Instant at) {
        String by = actor.email();
        return pool.withTransaction(c -> c.preparedQuery(LINE_FOR_UPDATE).execute(Tuple.of(lineId, companyId))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Refusal(404, "Not Found", "No statement line " + lineId));
                    }
                    Row line = rows.iterator().next();
                    LineStatus next;
                    try {
                        next = LineStatus.valueOf(line.getString("status")).next(
                                PaymentType.valueOf(line.getString("payment_type")), new LineEvent.MarkedPaid(by, at));
                    } catch (LineStatus.IllegalTransitionException e) {
                        return Future.failedFuture(new Refusal(409, "Conflict", e.getMessage()));
                    }
                    return c.preparedQuery(MARK_PAID)
                            .execute(Tuple.of(lineId, next.name(), SessionCosting.utc(at), by))
                            .compose(x -> audit.append(c, companyId, actor, AuditAction.LINE_MARKED_PAID,
                                    "statement_line", lineId, new JsonObject().put("status", line.getString("status")),
                                    new JsonObject().put("status", next.name()).put("completedBy", by)
                                            .put("completedAt", at.toString())))
                            .mapEmpty();
                }));
    }

    /**
     * Accepts or excludes a costed session. While its month is open this only decides whether the month counts it.
     * Once the month is closed, the month stays as it was: a decision that changes what the session should have
     * paid becomes an adjustment in the month open now (amounts taken back when excluding, paid when accepting an
     * excluded one). Taken under the company's shared lock, so it cannot slip in while a month is being closed.
     */
    public Future<Void> review(long companyId, long sessionId, Review decision, String by) {
        return review(companyId, sessionId, decision, AuditActor.named(by));
    }

    /** The same by a panel user, recorded in the audit log; {@code reviewed_by} is their e-mail. */
    public Future<Void> review(long companyId, long sessionId, Review decision, AuditActor actor) {
        String by = actor.email();
        return pool.withTransaction(c -> c.preparedQuery(BillingSql.LOCK_COMPANY_SHARED).execute(Tuple.of(companyId))
                .compose(x -> c.preparedQuery(SESSION_FOR_REVIEW).execute(Tuple.of(sessionId, companyId)))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Refusal(404, "Not Found", "No costed session " + sessionId));
                    }
                    Row session = rows.iterator().next();
                    Future<?> recorded = c.preparedQuery(REVIEW).execute(Tuple.of(sessionId, decision.name(), by))
                            .compose(x -> audit.append(c, companyId, actor, AuditAction.SESSION_REVIEWED,
                                    "costed_session", sessionId,
                                    new JsonObject().put("review", session.getString("review")),
                                    new JsonObject().put("review", decision.name())));
                    boolean counted = session.getBoolean("billable") && !"EXCLUDED".equals(session.getString("review"));
                    boolean counts = session.getBoolean("billable") && decision == Review.ACCEPTED;
                    if ("IN_PROGRESS".equals(session.getString("status")) || counted == counts) {
                        return recorded.mapEmpty();
                    }
                    int sign = counts ? 1 : -1;
                    ZoneId zone = ZoneId.of(session.getString("time_zone"));
                    YearMonth now = StatementPeriod.monthOf(Instant.now(), zone);
                    LocalDate open = StatementPeriod.firstDay(now);
                    return recorded
                            .compose(r -> c.preparedQuery(BillingSql.OPEN_STATEMENT)
                                    .execute(Tuple.of(companyId, open, session.getString("currency"))))
                            .compose(r -> c.preparedQuery(BillingSql.STATEMENT_OF).execute(Tuple.of(companyId, open)))
                            .compose(statement -> c.preparedQuery(ADJUST).execute(Tuple.from(Arrays.asList(companyId,
                                    statement.iterator().next().getLong("id"), sessionId,
                                    session.getLong("statement_id"), session.getLong("employee_id"),
                                    session.getLong("device_link_id"), session.getString("charge_point_id"),
                                    session.getString("payment_type"), signed(session, "energy_wh", sign),
                                    signed(session, "cost", sign), signed(session, "refund", sign),
                                    (counts ? "Accepted" : "Excluded") + " after its month closed", by))))
                            .mapEmpty();
                }));
    }

    private static BigDecimal signed(Row row, String column, int sign) {
        BigDecimal value = row.getBigDecimal(column);
        return sign < 0 ? value.negate() : value;
    }
}
