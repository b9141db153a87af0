package com.wallbill.panel.billing;

import com.wallbill.billing.app.BillingDatabase;
import com.wallbill.billing.app.Refusal;
import com.wallbill.billing.statement.LineStatus;
import com.wallbill.panel.Page;
import com.wallbill.panel.billing.BillingViews.LineRow;
import com.wallbill.panel.billing.BillingViews.MonthRow;
import com.wallbill.panel.billing.BillingViews.MonthSummary;
import com.wallbill.panel.billing.BillingViews.StatusCount;
import com.wallbill.panel.sessions.SqlArgs;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's statements for the panel, read with SQL that pages and filters in the database: a closed month from
 * the lines written at its close, an open month computed from its costed sessions and adjustments as billing's
 * {@code Statements} does, so both views agree.
 */
@ApplicationScoped
public class MonthStatements {

    /** A statement of the company; another company's month is simply not found. */
    public record Statement(long id, YearMonth month, boolean open, String currency, OffsetDateTime closedAt) {
    }

    private static final String STATEMENT = """
            SELECT id, status, currency, closed_at FROM statement WHERE company_id = $1 AND month = $2""";
    private static final String MONTHS = """
            SELECT s.month, s.status, s.currency, s.closed_at,
                   CASE WHEN s.status = 'CLOSED' THEN s.sessions ELSE live.sessions + adj.sessions END AS sessions,
                   CASE WHEN s.status = 'CLOSED' THEN s.energy_wh ELSE live.energy_wh + adj.energy_wh END AS energy_wh,
                   CASE WHEN s.status = 'CLOSED' THEN s.cost ELSE live.cost + adj.cost END AS cost,
                   CASE WHEN s.status = 'CLOSED' THEN s.refund ELSE live.refund + adj.refund END AS refund
            FROM statement s
            CROSS JOIN LATERAL (SELECT count(*) AS sessions, COALESCE(sum(energy_wh), 0) AS energy_wh,
                       COALESCE(sum(cost), 0) AS cost, COALESCE(sum(refund), 0) AS refund
                FROM costed_session c
                WHERE s.status = 'IN_PROGRESS' AND c.statement_id = s.id AND c.billable AND c.review <> 'EXCLUDED') live
            CROSS JOIN LATERAL (SELECT count(*) AS sessions, COALESCE(sum(energy_wh), 0) AS energy_wh,
                       COALESCE(sum(cost), 0) AS cost, COALESCE(sum(refund), 0) AS refund
                FROM statement_adjustment a WHERE s.status = 'IN_PROGRESS' AND a.statement_id = s.id) adj
            WHERE s.company_id = $1
            ORDER BY s.month DESC LIMIT $2 OFFSET $3""";
    private static final String CLOSED_BY_STATUS = """
            SELECT status, count(*) AS lines, sum(sessions) AS sessions, sum(energy_wh) AS energy_wh, sum(cost) AS cost,
                   sum(refund) AS refund
            FROM statement_line WHERE statement_id = $1 GROUP BY status""";
    private static final String INVOICE = "SELECT year, number FROM invoice WHERE statement_id = $1";
    private static final String ORDER =
            " ORDER BY employee_name, employee_id, charge_point_id, payment_type, kind DESC";
    private static final String LINE = """
            SELECT l.id, l.employee_id, e.name AS employee_name, l.device_link_id, l.charge_point_id, l.payment_type,
                   l.kind, l.sessions, l.energy_wh, l.cost, l.refund, l.status, l.status_reason, l.completed_at,
                   l.completed_by
            FROM statement_line l JOIN employee e ON e.id = l.employee_id WHERE l.id = $1 AND l.company_id = $2""";

    private final Pool pool;

    MonthStatements(@BillingDatabase.Billing Pool pool) {
        this.pool = pool;
    }

    public Future<Statement> statement(long companyId, YearMonth month) {
        return pool.preparedQuery(STATEMENT).execute(Tuple.of(companyId, month.atDay(1))).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No statement for " + month);
            }
            Row s = rows.iterator().next();
            return new Statement(s.getLong("id"), month, "IN_PROGRESS".equals(s.getString("status")),
                    s.getString("currency").strip(), s.getOffsetDateTime("closed_at"));
        });
    }

    public Future<Page<MonthRow>> months(long companyId, int offset, int limit) {
        return pool.preparedQuery(MONTHS).execute(Tuple.of(companyId, limit + 1, offset)).map(rows -> {
            List<MonthRow> months = new ArrayList<>();
            for (Row r : rows) {
                months.add(new MonthRow(r.getLocalDate("month").toString().substring(0, 7), r.getString("status"),
                        r.getString("currency").strip(), r.getOffsetDateTime("closed_at"), r.getLong("sessions"),
                        BillingViews.kwh(r.getBigDecimal("energy_wh")), r.getBigDecimal("cost"),
                        r.getBigDecimal("refund")));
            }
            return Page.of(months, offset, limit);
        });
    }

    public Future<MonthSummary> summary(long companyId, YearMonth month) {
        return statement(companyId, month).compose(s -> {
            SqlArgs args = new SqlArgs();
            String byStatus = s.open()
                    ? "SELECT 'IN_PROGRESS' AS status, count(*) AS lines, sum(sessions) AS sessions, "
                            + "sum(energy_wh) AS energy_wh, sum(cost) AS cost, sum(refund) AS refund FROM ("
                            + openLines(s.id(), LineFilter.ALL, args) + ") x"
                    : CLOSED_BY_STATUS;
            Tuple tuple = s.open() ? args.tuple() : Tuple.of(s.id());
            Future<Map<String, Row>> statuses = pool.preparedQuery(byStatus).execute(tuple).map(rows -> {
                Map<String, Row> found = new LinkedHashMap<>();
                rows.forEach(r -> found.put(r.getString("status"), r));
                return found;
            });
            Future<String> invoice = pool.preparedQuery(INVOICE).execute(Tuple.of(s.id())).map(rows -> rows.size() == 0
                    ? null
                    : String.format("%04d-%06d", rows.iterator().next().getInteger("year"),
                            rows.iterator().next().getInteger("number")));
            return Future.all(statuses, invoice).map(x -> summary(s, statuses.result(), invoice.result()));
        });
    }

    private static MonthSummary summary(Statement s, Map<String, Row> byStatus, String invoice) {
        List<StatusCount> counts = new ArrayList<>();
        long lines = 0;
        long sessions = 0;
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal refund = BigDecimal.ZERO;
        for (LineStatus status : LineStatus.values()) {
            Row r = byStatus.get(status.name());
            long n = r == null ? 0 : r.getLong("lines");
            long statusSessions = n == 0 ? 0 : r.getLong("sessions");
            BigDecimal statusEnergy = n == 0 ? BigDecimal.ZERO : r.getBigDecimal("energy_wh");
            BigDecimal statusRefund = n == 0 ? BigDecimal.ZERO : r.getBigDecimal("refund");
            counts.add(new StatusCount(status.name(), n, statusSessions, BillingViews.kwh(statusEnergy), statusRefund));
            lines += n;
            sessions += statusSessions;
            energy = energy.add(statusEnergy);
            cost = cost.add(n == 0 ? BigDecimal.ZERO : r.getBigDecimal("cost"));
            refund = refund.add(statusRefund);
        }
        return new MonthSummary(s.month().toString(), s.open() ? "IN_PROGRESS" : "CLOSED", s.currency(),
                s.closedAt(), lines, sessions, BillingViews.kwh(energy), cost, refund, counts, invoice);
    }

    public Future<Page<LineRow>> lines(Statement s, LineFilter filter, int offset, int limit) {
        if (!filter.statusAllows(s.open())) {
            return Future.succeededFuture(new Page<>(List.of(), offset, limit, null));
        }
        SqlArgs args = new SqlArgs();
        String sql = lines(s, filter, args) + " LIMIT " + args.add(limit + 1) + " OFFSET " + args.add(offset);
        return pool.preparedQuery(sql).execute(args.tuple()).map(rows -> {
            List<LineRow> lines = new ArrayList<>();
            rows.forEach(r -> lines.add(line(r)));
            return Page.of(lines, offset, limit);
        });
    }

    /** Every line of the month that the filter keeps, in the list's order (for the export). */
    String lines(Statement s, LineFilter filter, SqlArgs args) {
        if (!filter.statusAllows(s.open())) {
            return "SELECT * FROM (" + openLines(s.id(), filter, args) + ") x WHERE false";
        }
        if (s.open()) {
            return "SELECT * FROM (" + openLines(s.id(), filter, args) + ") x WHERE true"
                    + filter.textWhere("employee_name", "charge_point_id", args) + ORDER;
        }
        String statement = args.add(s.id());
        String status = filter.status() == null ? "" : " AND l.status = " + args.add(filter.status());
        return """
                SELECT l.id, l.employee_id, e.name AS employee_name, l.device_link_id, l.charge_point_id,
                       l.payment_type, l.kind, l.sessions, l.energy_wh, l.cost, l.refund, l.status, l.status_reason,
                       l.completed_at, l.completed_by
                FROM statement_line l JOIN employee e ON e.id = l.employee_id
                WHERE l.statement_id = """ + statement + filter.where("l.", args) + status
                + filter.textWhere("e.name", "l.charge_point_id", args) + ORDER;
    }

    /** One line of the company's, as the list shows it. */
    public Future<LineRow> line(long companyId, long lineId) {
        return pool.preparedQuery(LINE).execute(Tuple.of(lineId, companyId)).map(rows -> {
            if (rows.size() == 0) {
                throw new Refusal(404, "Not Found", "No statement line " + lineId);
            }
            return line(rows.iterator().next());
        });
    }

    /** An open month's lines as the close would write them, all IN_PROGRESS and without ids. */
    private static String openLines(long statementId, LineFilter filter, SqlArgs args) {
        String statement = args.add(statementId);
        String where = filter.where("", args);
        return """
                SELECT NULL::bigint AS id, x.employee_id, e.name AS employee_name, x.device_link_id, x.charge_point_id,
                       x.payment_type, x.kind, x.sessions, x.energy_wh, x.cost, x.refund, 'IN_PROGRESS' AS status,
                       NULL::text AS status_reason, NULL::timestamptz AS completed_at, NULL::text AS completed_by
                FROM (SELECT employee_id, device_link_id, charge_point_id, payment_type, 'SESSIONS' AS kind,
                             count(*) AS sessions, sum(energy_wh) AS energy_wh, sum(cost) AS cost, sum(refund) AS refund
                      FROM costed_session WHERE statement_id = %1$s AND billable AND review <> 'EXCLUDED'%2$s
                      GROUP BY employee_id, device_link_id, charge_point_id, payment_type
                      UNION ALL
                      SELECT employee_id, device_link_id, charge_point_id, payment_type, 'ADJUSTMENT', count(*),
                             sum(energy_wh), sum(cost), sum(refund)
                      FROM statement_adjustment WHERE statement_id = %1$s%2$s
                      GROUP BY employee_id, device_link_id, charge_point_id, payment_type) x
                JOIN employee e ON e.id = x.employee_id""".formatted(statement, where);
    }

    static LineRow line(Row r) {
        return new LineRow(r.getLong("id"), r.getLong("employee_id"), r.getString("employee_name"),
                r.getLong("device_link_id"), r.getString("charge_point_id"), r.getString("payment_type"),
                r.getString("kind"), r.getLong("sessions"), BillingViews.kwh(r.getBigDecimal("energy_wh")),
                r.getBigDecimal("cost"), r.getBigDecimal("refund"), r.getString("status"),
                r.getString("status_reason"), r.getOffsetDateTime("completed_at"), r.getString("completed_by"));
    }
}
