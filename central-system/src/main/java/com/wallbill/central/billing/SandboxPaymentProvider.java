package com.wallbill.central.billing;

import com.wallbill.billing.payment.CardCharger;
import com.wallbill.billing.payment.PaymentResult;
import com.wallbill.billing.payment.Payout;
import io.quarkus.arc.DefaultBean;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletionStage;

/**
 * The default payment provider: no money moves, but it behaves like a real one. Its ledger
 * ({@code sandbox_ledger}) keeps every request under its idempotency key and answers a repeated key with the
 * first outcome. Deterministic test cards and accounts:
 * <ul>
 * <li>card token {@value #DECLINED_CARD}: declined; {@value #NO_FUNDS_CARD}: insufficient funds;
 * {@value #UNREACHABLE_CARD}: the provider does not answer (the call fails, nothing is recorded);
 * any other token starting with {@code tok_}: charged;</li>
 * <li>payouts to an IBAN whose account part ends in {@code 0000}: refused (account closed); any other: paid.</li>
 * </ul>
 */
@ApplicationScoped
@DefaultBean
public class SandboxPaymentProvider implements CardCharger, Payout {

    public static final String DECLINED_CARD = "tok_sandbox_declined";
    public static final String NO_FUNDS_CARD = "tok_sandbox_insufficient_funds";
    public static final String UNREACHABLE_CARD = "tok_sandbox_unreachable";

    private static final String RECORD = """
            INSERT INTO sandbox_ledger (idempotency_key, kind, account, amount, currency, succeeded, failure_reason,
                reference)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING""";
    private static final String FIRST_OUTCOME = """
            SELECT succeeded, failure_reason, reference FROM sandbox_ledger WHERE idempotency_key = $1""";

    private final Pool pool;

    SandboxPaymentProvider(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<PaymentResult> charge(CardCharge charge) {
        String token = charge.cardToken();
        if (UNREACHABLE_CARD.equals(token)) {
            return Future.<PaymentResult>failedFuture(new IllegalStateException("sandbox provider unreachable"))
                    .toCompletionStage();
        }
        String refusal = switch (token) {
            case DECLINED_CARD -> "Card declined";
            case NO_FUNDS_CARD -> "Insufficient funds";
            default -> token.startsWith("tok_") ? null : "Unknown card token";
        };
        return record(charge.idempotencyKey(), "CARD_CHARGE", token, charge.amount(), refusal, "sbx_ch_")
                .toCompletionStage();
    }

    @Override
    public CompletionStage<PaymentResult> credit(Credit credit) {
        String iban = credit.iban().replace(" ", "");
        String refusal = iban.endsWith("0000") ? "Beneficiary account closed" : null;
        return record(credit.idempotencyKey(), "PAYOUT", iban, credit.amount(), refusal, "sbx_po_")
                .toCompletionStage();
    }

    private Future<PaymentResult> record(String key, String kind, String account,
            com.wallbill.billing.money.Money amount, String refusal, String referencePrefix) {
        Tuple row = Tuple.from(java.util.Arrays.asList(key, kind, account, amount.amount(),
                amount.currency().getCurrencyCode(), refusal == null, refusal, referencePrefix + digest(key)));
        return pool.preparedQuery(RECORD).execute(row)
                .compose(x -> pool.preparedQuery(FIRST_OUTCOME).execute(Tuple.of(key)))
                .map(rows -> {
                    Row first = rows.iterator().next();
                    return first.getBoolean("succeeded")
                            ? new PaymentResult.Succeeded(first.getString("reference"))
                            : new PaymentResult.Declined(first.getString("failure_reason"));
                });
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
