package com.wallbill.central.billing;

import com.wallbill.billing.statement.LineEvent;
import com.wallbill.billing.statement.LineStatus;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.operator.Problem;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
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
            SELECT NULL::bigint AS id, employee_id, device_link_id, charge_point_id, payment_type, count(*) AS sessions,
                   sum(energy_wh) AS energy_wh, sum(cost) AS cost, sum(refund) AS refund, 'IN_PROGRESS' AS status,
                   NULL AS status_reason, NULL::timestamptz AS completed_at, NULL AS completed_by
            FROM costed_session WHERE statement_id = $1 AND billable AND review <> 'EXCLUDED'
            GROUP BY employee_id, device_link_id, charge_point_id, payment_type
            ORDER BY employee_id, charge_point_id, payment_type""";
    private static final String CLOSED_LINES = """
            SELECT id, employee_id, device_link_id, charge_point_id, payment_type, sessions, energy_wh, cost, refund,
                   status, status_reason, completed_at, completed_by
            FROM statement_line WHERE statement_id = $1 ORDER BY employee_id, charge_point_id, payment_type""";
    private static final String LINE_FOR_UPDATE = """
            SELECT status, payment_type FROM statement_line WHERE id = $1 AND company_id = $2 FOR UPDATE""";
    private static final String MARK_PAID = """
            UPDATE statement_line SET status = $2, status_reason = NULL, completed_at = $3, completed_by = $4
            WHERE id = $1""";
    private static final String SESSION_FOR_REVIEW = """
            SELECT c.review, s.status FROM costed_session c JOIN statement s ON s.id = c.statement_id
            WHERE c.session_id = $1 AND c.company_id = $2 FOR UPDATE OF c""";
    private static final String REVIEW = """
            UPDATE costed_session SET review = $2, reviewed_by = $3, reviewed_at = now() WHERE session_id = $1""";

    public record StatementView(YearMonth month, String status, String currency, OffsetDateTime closedAt,
            long sessions, BigDecimal energyWh, BigDecimal cost, BigDecimal refund, List<LineView> lines) {
    }

    public record LineView(Long id, long employeeId, long deviceLinkId, String chargePointId, String paymentType,
            long sessions, BigDecimal energyWh, BigDecimal cost, BigDecimal refund, String status,
            String statusReason, OffsetDateTime completedAt, String completedBy) {
    }

    public enum Review {
        ACCEPTED, EXCLUDED
    }

    private final Pool pool;

    Statements(Pool pool) {
        this.pool = pool;
    }

    public Future<StatementView> find(long companyId, YearMonth month) {
        return pool.preparedQuery(STATEMENT).execute(Tuple.of(companyId, month.atDay(1))).compose(rows -> {
            if (rows.size() == 0) {
                return Future.failedFuture(new Problem.Failure(404, "Not Found", "No statement for " + month));
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
                                    l.getString("payment_type"), l.getLong("sessions"), l.getBigDecimal("energy_wh"),
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
        return pool.withTransaction(c -> c.preparedQuery(LINE_FOR_UPDATE).execute(Tuple.of(lineId, companyId))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Problem.Failure(404, "Not Found", "No statement line " + lineId));
                    }
                    Row line = rows.iterator().next();
                    LineStatus next;
                    try {
                        next = LineStatus.valueOf(line.getString("status")).next(
                                PaymentType.valueOf(line.getString("payment_type")), new LineEvent.MarkedPaid(by, at));
                    } catch (LineStatus.IllegalTransitionException e) {
                        return Future.failedFuture(new Problem.Failure(409, "Conflict", e.getMessage()));
                    }
                    return c.preparedQuery(MARK_PAID)
                            .execute(Tuple.of(lineId, next.name(), SessionCosting.utc(at), by)).mapEmpty();
                }));
    }

    /**
     * Accepts or excludes a costed session before its month closes. Taken under the company's shared lock, so it
     * cannot slip in while the month is being closed.
     */
    public Future<Void> review(long companyId, long sessionId, Review decision, String by) {
        return pool.withTransaction(c -> c.preparedQuery(BillingSql.LOCK_COMPANY_SHARED).execute(Tuple.of(companyId))
                .compose(x -> c.preparedQuery(SESSION_FOR_REVIEW).execute(Tuple.of(sessionId, companyId)))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new Problem.Failure(404, "Not Found", "No costed session " + sessionId));
                    }
                    if (!"IN_PROGRESS".equals(rows.iterator().next().getString("status"))) {
                        return Future.failedFuture(new Problem.Failure(409, "Conflict",
                                "The session's month is closed; a closed month is never edited"));
                    }
                    return c.preparedQuery(REVIEW).execute(Tuple.of(sessionId, decision.name(), by)).mapEmpty();
                }));
    }
}
