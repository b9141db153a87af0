package com.wallbill.billing.app;

import com.wallbill.billing.money.Money;
import com.wallbill.billing.payment.CardCharger;
import com.wallbill.billing.payment.PaymentResult;
import com.wallbill.billing.payment.Payout;
import com.wallbill.billing.statement.LineEvent;
import com.wallbill.billing.statement.LineStatus;
import com.wallbill.billing.statement.PaymentType;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Moves the money of closed months, statement by statement: the card charge first, then the payouts of every
 * employee as one batch; each line follows its employee's payout. Every request carries an idempotency key of
 * (statement or payout, attempt): a crash between the provider's answer and our write repeats the same key and so
 * gets the same outcome, never a second charge or payout. The attempt grows only after a definitive decline, so a
 * real retry is a new request. Claiming a payment moves its {@code next_attempt_at} forward, which keeps a
 * concurrent runner off it while the provider is asked.
 *
 * <p>An employee whose IBAN changed and is not yet confirmed by a linked company's admin is not paid: their due
 * payouts are held (status kept, {@code held_at} set, not due) until {@link #releaseHeld} puts them back in line.
 * Payout IBANs are stored as {@code employee.iban} is (encrypted, see {@link IbanVault}) and decrypted only for the
 * request.
 */
@ApplicationScoped
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class);
    /** Statements settled at once by a run of the billing clock. */
    private static final int PARALLELISM = 2;

    private static final String CLAIM_CHARGE = """
            UPDATE card_charge ch SET status = 'REQUESTED', updated_at = now(),
                attempt = ch.attempt + CASE WHEN ch.status = 'FAILED' THEN 1 ELSE 0 END,
                card_token = CASE WHEN ch.status = 'FAILED' THEN c.card_token ELSE ch.card_token END,
                next_attempt_at = now() + $2::bigint * interval '1 millisecond'
            FROM company c
            WHERE ch.statement_id = $1 AND c.id = ch.company_id AND ch.status IN ('REQUESTED', 'FAILED')
              AND ch.next_attempt_at <= now()
            RETURNING ch.id, ch.attempt, ch.amount, ch.currency, ch.card_token, c.name""";
    private static final String CHARGE_SUCCEEDED = """
            UPDATE card_charge SET status = 'SUCCEEDED', provider_reference = $3, failure_reason = NULL,
                updated_at = now()
            WHERE id = $1 AND attempt = $2 AND status = 'REQUESTED'""";
    private static final String RELEASE_PAYOUTS = """
            UPDATE payout SET status = 'REQUESTED', next_attempt_at = now(), updated_at = now()
            WHERE statement_id = $1 AND status = 'WAITING'""";
    private static final String CHARGE_FAILED = """
            UPDATE card_charge SET status = 'FAILED', failure_reason = $3, updated_at = now(),
                next_attempt_at = now() + $4::bigint * interval '1 millisecond'
            WHERE id = $1 AND attempt = $2 AND status = 'REQUESTED'""";
    private static final String AUTOMATIC_LINES_FAILED = """
            UPDATE statement_line SET status = 'FAILED', status_reason = $2
            WHERE statement_id = $1 AND payment_type = 'AUTOMATIC' AND status = ANY($3)""";

    /** Unconfirmed IBAN change: the employee's IBAN changed after the last confirmation (or none yet). */
    private static final String IBAN_UNCONFIRMED = """
            e.iban_changed_at IS NOT NULL AND (e.iban_confirmed_at IS NULL OR e.iban_confirmed_at < e.iban_changed_at)""";
    public static final String HELD_REASON = "Held: IBAN change awaiting confirmation by the company";
    private static final String RELEASE_HELD = """
            WITH released AS (
                UPDATE payout SET held_at = NULL, next_attempt_at = now(), failure_reason = NULL, updated_at = now()
                WHERE employee_id = $1 AND held_at IS NOT NULL
                RETURNING statement_id),
            lines AS (
                UPDATE statement_line l SET status_reason = NULL FROM released
                WHERE l.statement_id = released.statement_id AND l.employee_id = $1
                  AND l.payment_type = 'AUTOMATIC' AND l.status_reason = $2)
            SELECT count(*) FROM released""";

    /**
     * Claims the statement's due payouts, but holds those of employees with an unconfirmed IBAN change instead
     * (and says so on their lines): one statement, one snapshot, so a payout is either held or claimed.
     */
    private static final String CLAIM_PAYOUTS = """
            WITH held AS (
                UPDATE payout p SET held_at = now(), next_attempt_at = 'infinity', failure_reason = $3,
                    updated_at = now()
                FROM employee e
                WHERE p.statement_id = $1 AND e.id = p.employee_id AND p.status IN ('REQUESTED', 'FAILED')
                  AND p.next_attempt_at <= now() AND %1$s
                RETURNING p.employee_id),
            held_lines AS (
                UPDATE statement_line l SET status_reason = $3 FROM held
                WHERE l.statement_id = $1 AND l.employee_id = held.employee_id AND l.payment_type = 'AUTOMATIC'
                  AND l.status IN ('PENDING', 'FAILED'))
            UPDATE payout p SET status = 'REQUESTED', updated_at = now(),
                attempt = p.attempt + CASE WHEN p.status = 'FAILED' THEN 1 ELSE 0 END,
                iban = CASE WHEN p.status = 'FAILED' THEN e.iban ELSE p.iban END,
                next_attempt_at = now() + $2::bigint * interval '1 millisecond'
            FROM employee e
            WHERE p.statement_id = $1 AND e.id = p.employee_id AND p.status IN ('REQUESTED', 'FAILED')
              AND p.next_attempt_at <= now() AND NOT (%1$s)
            RETURNING p.id, p.employee_id, p.attempt, p.amount, p.currency, p.iban, e.name""".formatted(IBAN_UNCONFIRMED);
    /** Records a batch of outcomes; only payouts still in the attempt that was asked are touched. */
    private static final String PAYOUT_OUTCOMES = """
            UPDATE payout p SET status = v.status, provider_reference = v.reference, failure_reason = v.reason,
                updated_at = now(),
                next_attempt_at = CASE WHEN v.status = 'FAILED' THEN now() + $6::bigint * interval '1 millisecond'
                                       ELSE p.next_attempt_at END
            FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[])
                 AS v(id, attempt, status, reference, reason)
            WHERE p.id = v.id AND p.attempt = v.attempt AND p.status = 'REQUESTED'
            RETURNING p.employee_id, p.status, p.failure_reason""";
    private static final String LINE_OUTCOMES = """
            UPDATE statement_line l SET
                status = CASE WHEN v.paid THEN 'COMPLETED' ELSE 'FAILED' END,
                status_reason = CASE WHEN v.paid THEN NULL ELSE 'Payout failed: ' || v.reason END,
                completed_at = CASE WHEN v.paid THEN now() END,
                completed_by = CASE WHEN v.paid THEN 'system' END
            FROM unnest($2::bigint[], $3::boolean[], $4::text[]) AS v(employee_id, paid, reason)
            WHERE l.statement_id = $1 AND l.employee_id = v.employee_id AND l.payment_type = 'AUTOMATIC'
              AND l.status = ANY(CASE WHEN v.paid THEN $5::text[] ELSE $6::text[] END)""";

    private static final String DUE = """
            SELECT statement_id FROM card_charge WHERE status IN ('REQUESTED', 'FAILED') AND next_attempt_at <= now()
            UNION
            SELECT statement_id FROM payout WHERE status IN ('REQUESTED', 'FAILED') AND next_attempt_at <= now()
            ORDER BY 1 LIMIT $1""";

    private static final String[] PAID_FROM = names(LineStatus.from(PaymentType.AUTOMATIC,
            new LineEvent.PaidAutomatically("-")));
    private static final String[] FAILED_FROM = names(LineStatus.from(PaymentType.AUTOMATIC,
            new LineEvent.PaymentFailed("-")));

    private final Pool pool;
    private final CardCharger cards;
    private final Payout payouts;
    private final IbanVault vault;
    private final long retryDelayMillis;
    private final long unreachableDelayMillis;

    Payments(@BillingDatabase.Billing Pool pool, CardCharger cards, Payout payouts, IbanVault vault,
            BillingConfig config) {
        this.pool = pool;
        this.vault = vault;
        this.cards = cards;
        this.payouts = payouts;
        this.retryDelayMillis = config.paymentRetryDelay().toMillis();
        this.unreachableDelayMillis = config.paymentUnreachableDelay().toMillis();
    }

    /** Runs the due payments of one statement: its card charge, then its payouts; returns how many ran. */
    public Future<Integer> settle(long statementId) {
        return charge(statementId).compose(charged -> payouts(statementId).map(paid -> charged + paid));
    }

    /** Settles every statement with a due charge or payout (first attempts and retries); returns how many ran. */
    public Future<Integer> runDue(int limit) {
        return pool.preparedQuery(DUE).execute(Tuple.of(limit)).compose(rows -> {
            List<Long> statements = new ArrayList<>();
            rows.forEach(r -> statements.add(r.getLong("statement_id")));
            return Lanes.run(statements, PARALLELISM, this::settle);
        });
    }

    private Future<Integer> charge(long statementId) {
        return pool.preparedQuery(CLAIM_CHARGE).execute(Tuple.of(statementId, unreachableDelayMillis)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture(0);
            }
            Row ch = rows.iterator().next();
            long chargeId = ch.getLong("id");
            int attempt = ch.getInteger("attempt");
            String key = "wallbill-charge-" + statementId + "-" + attempt;
            Money amount = money(ch.getBigDecimal("amount"), ch.getString("currency"));
            String token = ch.getString("card_token");
            Future<PaymentResult> answer = token == null || token.isBlank()
                    ? Future.succeededFuture(new PaymentResult.Declined("No card on file"))
                    : Future.fromCompletionStage(cards.charge(new CardCharger.CardCharge(token, amount, key,
                            "Wallbill refunds, " + ch.getString("name") + ", statement " + statementId)));
            return answer.compose(result -> {
                if (result instanceof PaymentResult.Succeeded ok) {
                    return pool.withTransaction(c -> c.preparedQuery(CHARGE_SUCCEEDED)
                            .execute(Tuple.of(chargeId, attempt, ok.reference()))
                            .compose(updated -> updated.rowCount() == 0 ? Future.succeededFuture()
                                    : c.preparedQuery(RELEASE_PAYOUTS).execute(Tuple.of(statementId)).mapEmpty()));
                }
                String reason = ((PaymentResult.Declined) result).reason();
                return pool.withTransaction(c -> c.preparedQuery(CHARGE_FAILED)
                        .execute(Tuple.of(chargeId, attempt, reason, retryDelayMillis))
                        .compose(updated -> updated.rowCount() == 0 ? Future.succeededFuture()
                                : c.preparedQuery(AUTOMATIC_LINES_FAILED).execute(Tuple.of(statementId,
                                        "Card charge failed: " + reason, FAILED_FROM)).mapEmpty()));
            }, unreachable -> {
                LOG.warnf("Card charge %s not answered (%s); repeated later with the same key", key,
                        unreachable.getMessage());
                return Future.succeededFuture();
            }).map(1);
        });
    }

    /**
     * Puts an employee's held payouts back in line, in the caller's transaction (the one confirming their IBAN);
     * the next run of the billing clock pays them. Returns how many were released.
     */
    public Future<Integer> releaseHeld(SqlConnection c, long employeeId) {
        return c.preparedQuery(RELEASE_HELD).execute(Tuple.of(employeeId, HELD_REASON))
                .map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    private Future<Integer> payouts(long statementId) {
        return pool.preparedQuery(CLAIM_PAYOUTS).execute(Tuple.of(statementId, unreachableDelayMillis, HELD_REASON))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(0);
                    }
                    List<Row> claimed = new ArrayList<>();
                    rows.forEach(claimed::add);
                    List<Payout.Credit> requests = new ArrayList<>();
                    for (Row p : claimed) {
                        String iban = p.getString("iban");
                        if (iban != null && !iban.isBlank()) {
                            requests.add(new Payout.Credit(vault.reveal(iban), p.getString("name"),
                                    money(p.getBigDecimal("amount"), p.getString("currency")), key(p),
                                    "Wallbill refund, statement " + statementId));
                        }
                    }
                    return Future.fromCompletionStage(payouts.creditAll(requests))
                            .compose(results -> record(statementId, claimed, results), unreachable -> {
                                LOG.warnf("Payouts of statement %d not answered (%s); repeated later with the same "
                                        + "keys", statementId, unreachable.getMessage());
                                return Future.succeededFuture(0);
                            });
                });
    }

    /** Writes the outcomes of a batch in one transaction: payouts, then the lines of their employees. */
    private Future<Integer> record(long statementId, List<Row> claimed, List<PaymentResult> results) {
        int n = claimed.size();
        Long[] ids = new Long[n];
        Integer[] attempts = new Integer[n];
        String[] statuses = new String[n];
        String[] references = new String[n];
        String[] reasons = new String[n];
        int answered = 0;
        for (int i = 0; i < n; i++) {
            Row p = claimed.get(i);
            ids[i] = p.getLong("id");
            attempts[i] = p.getInteger("attempt");
            String iban = p.getString("iban");
            PaymentResult result = iban == null || iban.isBlank() ? new PaymentResult.Declined("Employee has no IBAN")
                    : results.get(answered++);
            if (result instanceof PaymentResult.Succeeded ok) {
                statuses[i] = "SUCCEEDED";
                references[i] = ok.reference();
            } else {
                statuses[i] = "FAILED";
                reasons[i] = ((PaymentResult.Declined) result).reason();
            }
        }
        Tuple outcomes = Tuple.tuple().addArrayOfLong(ids).addArrayOfInteger(attempts).addArrayOfString(statuses)
                .addArrayOfString(references).addArrayOfString(reasons).addLong(retryDelayMillis);
        return pool.withTransaction(c -> c.preparedQuery(PAYOUT_OUTCOMES).execute(outcomes).compose(updated -> {
            if (updated.size() == 0) {
                return Future.succeededFuture(0);
            }
            Tuple lines = lineOutcomes(statementId, updated);
            return c.preparedQuery(LINE_OUTCOMES).execute(lines).map(x -> updated.size());
        }));
    }

    private static Tuple lineOutcomes(long statementId, RowSet<Row> updated) {
        List<Long> employees = new ArrayList<>();
        List<Boolean> paid = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Row r : updated) {
            employees.add(r.getLong("employee_id"));
            paid.add("SUCCEEDED".equals(r.getString("status")));
            reasons.add(r.getString("failure_reason"));
        }
        return Tuple.tuple().addLong(statementId).addArrayOfLong(employees.toArray(Long[]::new))
                .addArrayOfBoolean(paid.toArray(Boolean[]::new)).addArrayOfString(reasons.toArray(String[]::new))
                .addArrayOfString(PAID_FROM).addArrayOfString(FAILED_FROM);
    }

    private static String key(Row payout) {
        return "wallbill-payout-" + payout.getLong("id") + "-" + payout.getInteger("attempt");
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency.strip()));
    }

    private static String[] names(Set<LineStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }
}
