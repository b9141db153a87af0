package com.wallbill.billing.app;

import com.wallbill.billing.iban.Iban;
import com.wallbill.billing.payment.CardCharger;
import com.wallbill.billing.payment.PaymentResult;
import com.wallbill.billing.payment.Payout;
import io.quarkus.arc.DefaultBean;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A card of the sandbox and what charging it does ({@code CHARGED}, {@code DECLINED}, {@code INSUFFICIENT_FUNDS}
     * or {@code UNREACHABLE}). The panel offers these instead of a card form while the sandbox is the provider:
     * there is no card number to collect when no money moves.
     */
    public record TestCard(String token, String brand, String last4, String outcome) {
    }

    public static final List<TestCard> TEST_CARDS = List.of(
            new TestCard("tok_sandbox_visa", "Visa", "4242", "CHARGED"),
            new TestCard("tok_sandbox_mastercard", "Mastercard", "4444", "CHARGED"),
            new TestCard(DECLINED_CARD, "Visa", "0002", "DECLINED"),
            new TestCard(NO_FUNDS_CARD, "Visa", "9995", "INSUFFICIENT_FUNDS"),
            new TestCard(UNREACHABLE_CARD, "Visa", "0119", "UNREACHABLE"));

    private static final String RECORD = """
            INSERT INTO sandbox_ledger (idempotency_key, kind, account, amount, currency, succeeded, failure_reason,
                reference)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING""";
    private static final String FIRST_OUTCOME = """
            SELECT succeeded, failure_reason, reference FROM sandbox_ledger WHERE idempotency_key = $1""";

    private static final String RECORD_ALL = """
            INSERT INTO sandbox_ledger (idempotency_key, kind, account, amount, currency, succeeded, failure_reason,
                reference)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::boolean[],
                $7::text[], $8::text[])
            ON CONFLICT (idempotency_key) DO NOTHING""";
    private static final String FIRST_OUTCOMES = """
            SELECT idempotency_key, succeeded, failure_reason, reference FROM sandbox_ledger
            WHERE idempotency_key = ANY($1)""";

    private static final String LEDGER = """
            SELECT idempotency_key, kind, account, amount, currency, succeeded, failure_reason, reference, created_at
            FROM sandbox_ledger ORDER BY created_at DESC, idempotency_key LIMIT $1 OFFSET $2""";

    /** One entry of the sandbox's books: what a real provider's dashboard would list. */
    public record LedgerEntry(String idempotencyKey, String kind, String account, BigDecimal amount, String currency,
            boolean succeeded, String failureReason, String reference, java.time.OffsetDateTime createdAt) {
    }

    private final Pool pool;

    SandboxPaymentProvider(@BillingDatabase.Billing Pool pool) {
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
        String refusal = payoutRefusal(iban);
        return record(credit.idempotencyKey(), "PAYOUT", iban, credit.amount(), refusal, "sbx_po_")
                .toCompletionStage();
    }

    /**
     * The ledger, newest first. Card tokens are shown as stored; payout IBANs masked, as everywhere outside the
     * employee's and their company's views.
     */
    public Future<List<LedgerEntry>> ledger(int limit, int offset) {
        return pool.preparedQuery(LEDGER).execute(Tuple.of(limit, offset)).map(rows -> {
            List<LedgerEntry> entries = new ArrayList<>();
            for (Row r : rows) {
                String account = "PAYOUT".equals(r.getString("kind")) ? masked(r.getString("account"))
                        : r.getString("account");
                entries.add(new LedgerEntry(r.getString("idempotency_key"), r.getString("kind"), account,
                        r.getBigDecimal("amount"), r.getString("currency").strip(), r.getBoolean("succeeded"),
                        r.getString("failure_reason"), r.getString("reference"), r.getOffsetDateTime("created_at")));
            }
            return entries;
        });
    }

    /** A whole batch in two statements, as a provider's batch payout API would take it. */
    @Override
    public CompletionStage<List<PaymentResult>> creditAll(List<Credit> credits) {
        if (credits.isEmpty()) {
            return Future.<List<PaymentResult>>succeededFuture(List.of()).toCompletionStage();
        }
        int n = credits.size();
        String[] keys = new String[n];
        String[] kinds = new String[n];
        String[] accounts = new String[n];
        BigDecimal[] amounts = new BigDecimal[n];
        String[] currencies = new String[n];
        Boolean[] succeeded = new Boolean[n];
        String[] reasons = new String[n];
        String[] references = new String[n];
        for (int i = 0; i < n; i++) {
            Credit credit = credits.get(i);
            String iban = credit.iban().replace(" ", "");
            String refusal = payoutRefusal(iban);
            keys[i] = credit.idempotencyKey();
            kinds[i] = "PAYOUT";
            accounts[i] = iban;
            amounts[i] = credit.amount().amount();
            currencies[i] = credit.amount().currency().getCurrencyCode();
            succeeded[i] = refusal == null;
            reasons[i] = refusal;
            references[i] = "sbx_po_" + digest(credit.idempotencyKey());
        }
        Tuple rows = Tuple.tuple().addArrayOfString(keys).addArrayOfString(kinds).addArrayOfString(accounts)
                .addArrayOfBigDecimal(amounts).addArrayOfString(currencies).addArrayOfBoolean(succeeded)
                .addArrayOfString(reasons).addArrayOfString(references);
        return pool.preparedQuery(RECORD_ALL).execute(rows)
                .compose(x -> pool.preparedQuery(FIRST_OUTCOMES).execute(Tuple.tuple().addArrayOfString(keys)))
                .map(outcomes -> {
                    Map<String, PaymentResult> byKey = new HashMap<>();
                    for (Row first : outcomes) {
                        byKey.put(first.getString("idempotency_key"), first.getBoolean("succeeded")
                                ? new PaymentResult.Succeeded(first.getString("reference"))
                                : new PaymentResult.Declined(first.getString("failure_reason")));
                    }
                    List<PaymentResult> results = new ArrayList<>(n);
                    for (String key : keys) {
                        results.add(byKey.get(key));
                    }
                    return results;
                }).toCompletionStage();
    }

    private static String masked(String iban) {
        try {
            return Iban.parse(iban).masked();
        } catch (IllegalArgumentException notAnIban) {
            return "****";
        }
    }

    private static String payoutRefusal(String iban) {
        return iban.endsWith("0000") ? "Beneficiary account closed" : null;
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
