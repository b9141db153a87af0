package com.wallbill.panel.employee;

import com.wallbill.billing.app.BillingDatabase;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What an employee is refunded: each costed session with its refund and where that refund stands, and the sums
 * per month and company. A refund's status is its statement line's (PENDING, COMPLETED, FAILED) once the month is
 * closed, IN_PROGRESS while it is open.
 */
@ApplicationScoped
public class MyRefunds {

    private static final String SESSIONS = """
            SELECT c.session_id, c.charge_point_id, c.company_id, co.name AS company_name, c.started_at, c.stopped_at,
                   c.energy_wh, c.cost, c.refund, c.currency, c.refund_percent, c.payment_type, c.billable, c.late,
                   c.review, to_char(s.month, 'YYYY-MM') AS month, s.status AS statement_status,
                   l.status AS line_status, l.status_reason
            FROM costed_session c
            LEFT JOIN company co ON co.id = c.company_id
            LEFT JOIN statement s ON s.id = c.statement_id
            LEFT JOIN statement_line l ON s.status = 'CLOSED' AND l.statement_id = c.statement_id
                AND l.device_link_id = c.device_link_id AND l.payment_type = c.payment_type AND l.kind = 'SESSIONS'
            WHERE c.employee_id = $1
            ORDER BY c.stopped_at DESC, c.session_id DESC LIMIT $2 OFFSET $3""";
    /** The months (statements) in which the employee has billed sessions or adjustments, newest first. */
    private static final String REFUNDS = """
            WITH mine AS (
                SELECT DISTINCT statement_id FROM costed_session
                WHERE employee_id = $1 AND billable AND statement_id IS NOT NULL
                UNION
                SELECT statement_id FROM statement_adjustment WHERE employee_id = $1)
            SELECT to_char(s.month, 'YYYY-MM') AS month, s.company_id, co.name AS company_name, s.currency, s.status,
                   CASE WHEN s.status = 'CLOSED' THEN closed.refund ELSE open.refund END AS refund,
                   CASE WHEN s.status = 'CLOSED' THEN closed.sessions ELSE open.sessions END AS sessions,
                   CASE WHEN s.status <> 'CLOSED' THEN 'IN_PROGRESS' WHEN closed.failed THEN 'FAILED'
                        WHEN closed.completed THEN 'COMPLETED' ELSE 'PENDING' END AS refund_status,
                   p.status AS payout_status, p.failure_reason AS payout_reason, p.held_at IS NOT NULL AS payout_held
            FROM mine
            JOIN statement s ON s.id = mine.statement_id
            JOIN company co ON co.id = s.company_id
            LEFT JOIN LATERAL (
                SELECT COALESCE(sum(refund), 0) AS refund,
                       COALESCE(sum(sessions) FILTER (WHERE kind = 'SESSIONS'), 0) AS sessions,
                       COALESCE(bool_or(status = 'FAILED'), false) AS failed,
                       COALESCE(bool_and(status = 'COMPLETED'), true) AS completed
                FROM statement_line WHERE statement_id = s.id AND employee_id = $1) closed ON s.status = 'CLOSED'
            LEFT JOIN LATERAL (
                SELECT COALESCE((SELECT sum(refund) FROM costed_session WHERE statement_id = s.id AND employee_id = $1
                                    AND billable AND review <> 'EXCLUDED'), 0)
                       + COALESCE((SELECT sum(refund) FROM statement_adjustment
                                   WHERE statement_id = s.id AND employee_id = $1), 0) AS refund,
                       (SELECT count(*) FROM costed_session WHERE statement_id = s.id AND employee_id = $1
                            AND billable AND review <> 'EXCLUDED') AS sessions) open ON s.status <> 'CLOSED'
            LEFT JOIN payout p ON p.statement_id = s.id AND p.employee_id = $1
            ORDER BY s.month DESC, s.company_id LIMIT $2 OFFSET $3""";

    /**
     * One of the employee's sessions. {@code refundStatus}: NOT_BILLED (charger not active for the company at the
     * start), EXCLUDED (by the company's review), IN_PROGRESS (month open), else the statement line's status;
     * {@code refundStatusReason} says why a line failed or is held.
     */
    public record Session(long sessionId, String chargePointId, Long companyId, String companyName,
            OffsetDateTime startedAt, OffsetDateTime stoppedAt, Long durationSeconds, BigDecimal energyWh,
            BigDecimal cost, BigDecimal refund, String currency, BigDecimal refundPercent, String paymentType,
            String month, boolean late, String review, String refundStatus, String refundStatusReason) {
    }

    /**
     * The employee's refund from one company in one month. {@code payout} is the automatic transfer to the
     * employee, when there is one ({@code held} while an IBAN change awaits the company's confirmation).
     */
    public record MonthRefund(String month, long companyId, String companyName, String currency, long sessions,
            BigDecimal refund, String status, Payout payout) {
    }

    public record Payout(String status, boolean held, String reason) {
    }

    private final Pool pool;

    MyRefunds(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    /** One page of the employee's costed sessions, the latest ended first. */
    public Future<List<Session>> sessions(long employeeId, int limit, int offset) {
        return pool.preparedQuery(SESSIONS).execute(Tuple.of(employeeId, limit, offset)).map(rows -> {
            List<Session> sessions = new ArrayList<>(rows.size());
            for (Row r : rows) {
                OffsetDateTime started = r.getOffsetDateTime("started_at");
                OffsetDateTime stopped = r.getOffsetDateTime("stopped_at");
                String currency = r.getString("currency");
                sessions.add(new Session(r.getLong("session_id"), r.getString("charge_point_id"),
                        r.getLong("company_id"), r.getString("company_name"), started, stopped,
                        started == null ? null : Duration.between(started, stopped).toSeconds(),
                        r.getBigDecimal("energy_wh"), r.getBigDecimal("cost"), r.getBigDecimal("refund"),
                        currency == null ? null : currency.strip(), r.getBigDecimal("refund_percent"),
                        r.getString("payment_type"), r.getString("month"), r.getBoolean("late"), r.getString("review"),
                        status(r), r.getString("status_reason")));
            }
            return sessions;
        });
    }

    /** One page of the employee's refunds per month and company, newest month first. */
    public Future<List<MonthRefund>> months(long employeeId, int limit, int offset) {
        return pool.preparedQuery(REFUNDS).execute(Tuple.of(employeeId, limit, offset)).map(rows -> {
            List<MonthRefund> months = new ArrayList<>(rows.size());
            for (Row r : rows) {
                Payout payout = r.getString("payout_status") == null ? null : new Payout(r.getString("payout_status"),
                        r.getBoolean("payout_held"), r.getString("payout_reason"));
                months.add(new MonthRefund(r.getString("month"), r.getLong("company_id"), r.getString("company_name"),
                        r.getString("currency").strip(), r.getLong("sessions"), r.getBigDecimal("refund"),
                        r.getString("refund_status"), payout));
            }
            return months;
        });
    }

    private static String status(Row r) {
        if (!r.getBoolean("billable")) {
            return "NOT_BILLED";
        }
        if ("EXCLUDED".equals(r.getString("review"))) {
            return "EXCLUDED";
        }
        String line = r.getString("line_status");
        return line == null ? "IN_PROGRESS" : line;
    }
}
