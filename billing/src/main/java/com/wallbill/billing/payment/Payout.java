package com.wallbill.billing.payment;

import com.wallbill.billing.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Credits an employee's bank account. Same idempotency key, same outcome, money moved once. */
public interface Payout {

    CompletionStage<PaymentResult> credit(Credit credit);

    /**
     * Credits several accounts; the results are in the order of {@code credits}. A provider with a batch API
     * overrides this; the default sends the credits one by one, all at once. Fails as a whole if any request
     * goes unanswered: every credit is then repeated with its same key.
     */
    default CompletionStage<List<PaymentResult>> creditAll(List<Credit> credits) {
        List<CompletableFuture<PaymentResult>> pending = new ArrayList<>();
        for (Credit credit : credits) {
            pending.add(credit(credit).toCompletableFuture());
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(done -> pending.stream().map(CompletableFuture::join).toList());
    }

    record Credit(String iban, String beneficiaryName, Money amount, String idempotencyKey, String reference) {
    }
}
