package com.wallbill.billing.app;

import com.wallbill.billing.statement.StatementPeriod;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Closes a company's month, exactly once: under the company's exclusive lock, an IN_PROGRESS statement gets its
 * lines (one per employee, device and payment type, set-based from the costed sessions), its totals, one card
 * charge for the automatic refunds and one payout per employee, then becomes CLOSED. A second run, concurrent or
 * after a crash, finds it CLOSED (or waits for the lock and then does) and changes nothing; unique constraints on
 * charge, payouts and invoice back that up. Payments and the invoice follow as their own idempotent steps.
 */
@ApplicationScoped
public class MonthClose {

    private static final Logger LOG = Logger.getLogger(MonthClose.class);
    private static final int PARALLELISM = 2;

    private static final String STATEMENT_FOR_UPDATE = """
            SELECT s.id, s.status, s.currency, c.time_zone, c.card_token FROM statement s
            JOIN company c ON c.id = s.company_id
            WHERE s.company_id = $1 AND s.month = $2 FOR UPDATE OF s""";

    private static final String COMPANY = "SELECT time_zone, currency FROM company WHERE id = $1";

    private static final String LINES = """
            INSERT INTO statement_line (statement_id, company_id, employee_id, device_link_id, charge_point_id,
                payment_type, kind, sessions, energy_wh, cost, refund, status)
            SELECT $1, company_id, employee_id, device_link_id, charge_point_id, payment_type, 'SESSIONS', count(*),
                   sum(energy_wh), sum(cost), sum(refund), 'PENDING'
            FROM costed_session
            WHERE statement_id = $1 AND billable AND review <> 'EXCLUDED'
            GROUP BY company_id, employee_id, device_link_id, charge_point_id, payment_type
            UNION ALL
            SELECT $1, company_id, employee_id, device_link_id, charge_point_id, payment_type, 'ADJUSTMENT', count(*),
                   sum(energy_wh), sum(cost), sum(refund), 'PENDING'
            FROM statement_adjustment WHERE statement_id = $1
            GROUP BY company_id, employee_id, device_link_id, charge_point_id, payment_type""";

    /** Automatic lines of an employee with nothing to receive (zero, or taken back by adjustments) are settled. */
    private static final String NOTHING_TO_PAY = """
            UPDATE statement_line l SET status = 'COMPLETED', status_reason = 'Nothing to pay', completed_at = now(),
                completed_by = 'system'
            WHERE l.statement_id = $1 AND l.payment_type = 'AUTOMATIC' AND l.status = 'PENDING'
              AND NOT EXISTS (SELECT 1 FROM payout p WHERE p.statement_id = $1 AND p.employee_id = l.employee_id)""";

    private static final String TOTALS = """
            UPDATE statement s SET status = 'CLOSED', closed_at = now(),
                sessions = t.sessions, energy_wh = t.energy_wh, cost = t.cost, refund = t.refund
            FROM (SELECT COALESCE(sum(sessions), 0) AS sessions, COALESCE(sum(energy_wh), 0) AS energy_wh,
                         COALESCE(sum(cost), 0) AS cost, COALESCE(sum(refund), 0) AS refund
                  FROM statement_line WHERE statement_id = $1) t
            WHERE s.id = $1""";

    private static final String CARD_CHARGE = """
            INSERT INTO card_charge (statement_id, company_id, amount, currency, card_token, status)
            SELECT $1, $2, sum(refund), $3, $4, 'REQUESTED' FROM statement_line
            WHERE statement_id = $1 AND payment_type = 'AUTOMATIC'
            HAVING sum(refund) > 0
            ON CONFLICT (statement_id) DO NOTHING""";

    /** The IBAN is copied as stored (encrypted, see IbanVault): Payments decrypts it only for the request. */
    private static final String PAYOUTS = """
            INSERT INTO payout (statement_id, company_id, employee_id, amount, currency, iban, status)
            SELECT $1, $2, l.employee_id, sum(l.refund), $3, e.iban, 'WAITING' FROM statement_line l
            JOIN employee e ON e.id = l.employee_id
            WHERE l.statement_id = $1 AND l.payment_type = 'AUTOMATIC'
            GROUP BY l.employee_id, e.iban HAVING sum(l.refund) > 0
            ON CONFLICT (statement_id, employee_id) DO NOTHING""";

    private static final String DUE = """
            SELECT s.company_id, s.month FROM statement s JOIN company c ON c.id = s.company_id
            WHERE s.status = 'IN_PROGRESS'
              AND s.month < date_trunc('month', $1::timestamptz AT TIME ZONE c.time_zone)::date
            ORDER BY s.month, s.company_id LIMIT $2""";

    /** What a close did. {@code closedNow} is false when the month had been closed before. */
    public record Closed(long statementId, boolean closedNow) {
    }

    private final Pool pool;
    private final Clock clock;
    private final Invoices invoices;
    private final Payments payments;

    MonthClose(@BillingDatabase.Billing Pool pool, Invoices invoices, Payments payments) {
        this.pool = pool;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = Clock.systemUTC();
    }

    /**
     * Closes {@code month} of the company and then issues its invoice and runs its payments. Refused (409) while
     * the month is not over in the company's time zone.
     */
    public Future<Closed> close(long companyId, YearMonth month) {
        return freeze(companyId, month)
                .compose(closed -> invoices.issue(closed.statementId()).map(closed))
                .compose(closed -> payments.settle(closed.statementId()).map(closed));
    }

    /** Closes every month that is over in its company's time zone; returns how many it closed now. */
    public Future<Integer> closeDue(int limit) {
        return pool.preparedQuery(DUE).execute(Tuple.of(SessionCosting.utc(clock.instant()), limit)).compose(rows -> {
            List<Row> due = new ArrayList<>();
            rows.forEach(due::add);
            // Companies are independent; their closes only share the database.
            return Lanes.run(due, PARALLELISM, row -> {
                long companyId = row.getLong("company_id");
                YearMonth month = YearMonth.from(row.getLocalDate("month"));
                return close(companyId, month).map(c -> c.closedNow() ? 1 : 0).otherwise(failure -> {
                    LOG.errorf(failure, "Closing %s of company %d failed; retried at the next run", month, companyId);
                    return 0;
                });
            });
        });
    }

    /** Only the first step of {@link #close}: the month frozen into lines, totals and payment intents. */
    public Future<Closed> freeze(long companyId, YearMonth month) {
        LocalDate first = StatementPeriod.firstDay(month);
        return pool.withTransaction(c -> c.preparedQuery(COMPANY).execute(Tuple.of(companyId)).compose(company -> {
            if (company.size() == 0) {
                return Future.failedFuture(new Refusal(404, "Not Found", "No company " + companyId));
            }
            Row row = company.iterator().next();
            ZoneId zone = ZoneId.of(row.getString("time_zone"));
            if (clock.instant().isBefore(StatementPeriod.closesAt(month, zone))) {
                return Future.failedFuture(new Refusal(409, "Conflict", month + " is not over yet in "
                        + zone + "; it closes at " + StatementPeriod.closesAt(month, zone)));
            }
            return c.preparedQuery(BillingSql.LOCK_COMPANY).execute(Tuple.of(companyId))
                    // A month without sessions still closes (an empty statement), so its invoice and state exist.
                    .compose(x -> c.preparedQuery(BillingSql.OPEN_STATEMENT)
                            .execute(Tuple.of(companyId, first, row.getString("currency"))))
                    .compose(x -> c.preparedQuery(STATEMENT_FOR_UPDATE).execute(Tuple.of(companyId, first)))
                    .compose(statements -> {
                        Row statement = statements.iterator().next();
                        long id = statement.getLong("id");
                        if (!"IN_PROGRESS".equals(statement.getString("status"))) {
                            return Future.succeededFuture(new Closed(id, false));
                        }
                        return closeLines(c, companyId, id, statement).map(new Closed(id, true));
                    });
        }));
    }

    private Future<Void> closeLines(SqlConnection c, long companyId, long statementId, Row statement) {
        String currency = statement.getString("currency");
        return c.preparedQuery(LINES).execute(Tuple.of(statementId))
                .compose(x -> c.preparedQuery(TOTALS).execute(Tuple.of(statementId)))
                .compose(x -> c.preparedQuery(CARD_CHARGE)
                        .execute(Tuple.of(statementId, companyId, currency, statement.getString("card_token"))))
                .compose(x -> c.preparedQuery(PAYOUTS).execute(Tuple.of(statementId, companyId, currency)))
                .compose(x -> c.preparedQuery(NOTHING_TO_PAY).execute(Tuple.of(statementId)))
                .mapEmpty();
    }
}
