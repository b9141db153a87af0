package com.wallbill.billing.payment;

import com.wallbill.billing.money.Money;
import java.util.concurrent.CompletionStage;

/** Credits an employee's bank account. Same idempotency key, same outcome, money moved once. */
public interface Payout {

    CompletionStage<PaymentResult> credit(Credit credit);

    record Credit(String iban, String beneficiaryName, Money amount, String idempotencyKey, String reference) {
    }
}
