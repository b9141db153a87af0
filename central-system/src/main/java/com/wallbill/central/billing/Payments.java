package com.wallbill.central.billing;

import com.wallbill.billing.money.Money;
import com.wallbill.billing.payment.CardCharger;
import com.wallbill.billing.payment.PaymentResult;
import com.wallbill.billing.payment.Payout;
import com.wallbill.billing.statement.LineEvent;
import com.wallbill.billing.statement.LineStatus;
import com.wallbill.billing.statement.PaymentType;
import com.wallbill.central.config.WallbillConfig;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Moves the money of closed months: the card charge first, then one payout per employee; each line follows its
 * employee's payout. Every request carries an idempotency key of (statement or payout, attempt): a crash between
 * the provider's answer and our write repeats the same key and so gets the same outcome, never a second charge.
 * The attempt grows only after a definitive decline, so a real retry is a new request. Claiming a payment moves
 * its {@code next_attempt_at} forward, which keeps a concurrent runner off it while the provider is asked.
 */
@ApplicationScoped
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class);
    /** Payments in flight at once (a provider round trip is mostly waiting); each holds a connection only briefly. */
    private static final int PARALLELISM = 4;

    private static final String CLAIM_CHARGE = """
            UPDATE card_charge ch SET status = 'REQUESTED', updated_at = now(),
                attempt = ch.attempt + CASE WHEN ch.status = 'FAILED' THEN 1 ELSE 0 END,
                card_token = CASE WHEN ch.status = 'FAILED' THEN c.card_token ELSE ch.card_token END,
                next_attempt_at = now() + $2::bigint * interval '1 millisecond'
            FROM company c
            WHERE ch.id = $1 AND c.id = ch.company_id AND ch.status IN ('REQUESTED', 'FAILED')
              AND ch.next_attempt_at <= now()
            RETURNING ch.id, ch.statement_id, ch.attempt, ch.amount, ch.currency, ch.card_token, c.name""";

    private static final String CLAIM_PAYOUT = """
            UPDATE payout p SET status = 'REQUESTED', updated_at = now(),
                attempt = p.attempt + CASE WHEN p.status = 'FAILED' THEN 1 ELSE 0 END,
                iban = CASE WHEN p.status = 'FAILED' THEN e.iban ELSE p.iban END,
                next_attempt_at = now() + $2::bigint * interval '1 millisecond'
            FROM employee e
            WHERE p.id = $1 AND e.id = p.employee_id AND p.status IN ('REQUESTED', 'FAILED')
              AND p.next_attempt_at <= now()
            RETURNING p.id, p.statement_id, p.employee_id, p.attempt, p.amount, p.currency, p.iban, e.name""";

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

    private static final String PAYOUT_SUCCEEDED = """
            UPDATE payout SET status = 'SUCCEEDED', provider_reference = $3, failure_reason = NULL, updated_at = now()
            WHERE id = $1 AND attempt = $2 AND status = 'REQUESTED'""";
    private static final String EMPLOYEE_LINES_PAID = """
            UPDATE statement_line SET status = 'COMPLETED', status_reason = NULL, completed_at = now(),
                completed_by = 'system'
            WHERE statement_id = $1 AND employee_id = $2 AND payment_type = 'AUTOMATIC' AND status = ANY($3)""";
    private static final String PAYOUT_FAILED = """
            UPDATE payout SET status = 'FAILED', failure_reason = $3, updated_at = now(),
                next_attempt_at = now() + $4::bigint * interval '1 millisecond'
            WHERE id = $1 AND attempt = $2 AND status = 'REQUESTED'""";
    private static final String EMPLOYEE_LINES_FAILED = """
            UPDATE statement_line SET status = 'FAILED', status_reason = $3
            WHERE statement_id = $1 AND employee_id = $2 AND payment_type = 'AUTOMATIC' AND status = ANY($4)""";

    // Separate statements per case: one with "$1 IS NULL OR statement_id = $1" gets a generic plan that scans.
    private static final String DUE_CHARGES = """
            SELECT id FROM card_charge WHERE status IN ('REQUESTED', 'FAILED') AND next_attempt_at <= now()
            ORDER BY id LIMIT $1""";
    private static final String DUE_CHARGES_OF = """
            SELECT id FROM card_charge WHERE statement_id = $1 AND status IN ('REQUESTED', 'FAILED')
              AND next_attempt_at <= now()""";
    private static final String DUE_PAYOUTS = """
            SELECT id FROM payout WHERE status IN ('REQUESTED', 'FAILED') AND next_attempt_at <= now()
            ORDER BY id LIMIT $1""";
    private static final String DUE_PAYOUTS_OF = """
            SELECT id FROM payout WHERE statement_id = $1 AND status IN ('REQUESTED', 'FAILED')
              AND next_attempt_at <= now()""";

    private static final String[] PAID_FROM = names(LineStatus.from(PaymentType.AUTOMATIC,
            new LineEvent.PaidAutomatically("-")));
    private static final String[] FAILED_FROM = names(LineStatus.from(PaymentType.AUTOMATIC,
            new LineEvent.PaymentFailed("-")));

    private final Pool pool;
    private final CardCharger cards;
    private final Payout payouts;
    private final long retryDelayMillis;
    private final long unreachableDelayMillis;

    Payments(Pool pool, CardCharger cards, Payout payouts, WallbillConfig config) {
        this.pool = pool;
        this.cards = cards;
        this.payouts = payouts;
        this.retryDelayMillis = config.billing().paymentRetryDelay().toMillis();
        this.unreachableDelayMillis = config.billing().paymentUnreachableDelay().toMillis();
    }

    /** Runs the due payments of one statement (right after its month closed). */
    public Future<Void> settle(long statementId) {
        Tuple statement = Tuple.of(statementId);
        return run(DUE_CHARGES_OF, statement, DUE_PAYOUTS_OF, statement).mapEmpty();
    }

    /** Runs due charges, then due payouts (including those a charge just released); returns how many ran. */
    public Future<Integer> runDue(int limit) {
        Tuple batch = Tuple.of(limit);
        return run(DUE_CHARGES, batch, DUE_PAYOUTS, batch);
    }

    private Future<Integer> run(String dueCharges, Tuple chargeArgs, String duePayouts, Tuple payoutArgs) {
        return pool.preparedQuery(dueCharges).execute(chargeArgs)
                .compose(rows -> Lanes.run(ids(rows), PARALLELISM, id -> charge(id).map(1)))
                .compose(charges -> pool.preparedQuery(duePayouts).execute(payoutArgs)
                        .compose(rows -> Lanes.run(ids(rows), PARALLELISM, id -> payout(id).map(1)))
                        .map(n -> n + charges));
    }

    private Future<Void> charge(long chargeId) {
        return pool.preparedQuery(CLAIM_CHARGE).execute(Tuple.of(chargeId, unreachableDelayMillis)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture();
            }
            Row ch = rows.iterator().next();
            long statementId = ch.getLong("statement_id");
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
            });
        });
    }

    private Future<Void> payout(long payoutId) {
        return pool.preparedQuery(CLAIM_PAYOUT).execute(Tuple.of(payoutId, unreachableDelayMillis)).compose(rows -> {
            if (rows.size() == 0) {
                return Future.succeededFuture();
            }
            Row p = rows.iterator().next();
            long statementId = p.getLong("statement_id");
            long employeeId = p.getLong("employee_id");
            int attempt = p.getInteger("attempt");
            String key = "wallbill-payout-" + payoutId + "-" + attempt;
            String iban = p.getString("iban");
            Future<PaymentResult> answer = iban == null || iban.isBlank()
                    ? Future.succeededFuture(new PaymentResult.Declined("Employee has no IBAN"))
                    : Future.fromCompletionStage(payouts.credit(new Payout.Credit(iban, p.getString("name"),
                            money(p.getBigDecimal("amount"), p.getString("currency")), key,
                            "Wallbill refund, statement " + statementId)));
            return answer.compose(result -> {
                if (result instanceof PaymentResult.Succeeded ok) {
                    return pool.withTransaction(c -> c.preparedQuery(PAYOUT_SUCCEEDED)
                            .execute(Tuple.of(payoutId, attempt, ok.reference()))
                            .compose(updated -> updated.rowCount() == 0 ? Future.succeededFuture()
                                    : c.preparedQuery(EMPLOYEE_LINES_PAID)
                                            .execute(Tuple.of(statementId, employeeId, PAID_FROM)).mapEmpty()));
                }
                String reason = ((PaymentResult.Declined) result).reason();
                return pool.withTransaction(c -> c.preparedQuery(PAYOUT_FAILED)
                        .execute(Tuple.of(payoutId, attempt, reason, retryDelayMillis))
                        .compose(updated -> updated.rowCount() == 0 ? Future.succeededFuture()
                                : c.preparedQuery(EMPLOYEE_LINES_FAILED).execute(Tuple.of(statementId, employeeId,
                                        "Payout failed: " + reason, FAILED_FROM)).mapEmpty()));
            }, unreachable -> {
                LOG.warnf("Payout %s not answered (%s); repeated later with the same key", key,
                        unreachable.getMessage());
                return Future.succeededFuture();
            });
        });
    }

    private static List<Long> ids(io.vertx.sqlclient.RowSet<Row> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.getLong("id")));
        return ids;
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency.strip()));
    }

    private static String[] names(Set<LineStatus> statuses) {
        return statuses.stream().map(Enum::name).toArray(String[]::new);
    }
}
