package com.wallbill.billing.payment;

import com.wallbill.billing.money.Money;
import java.util.concurrent.CompletionStage;

/** Charges a company's card by the provider's token. Same idempotency key, same outcome, money moved once. */
public interface CardCharger {

    CompletionStage<PaymentResult> charge(CardCharge charge);

    record CardCharge(String cardToken, Money amount, String idempotencyKey, String description) {
    }
}
