package com.wallbill.billing.payment;

import java.util.Objects;

/**
 * A payment provider's definitive answer. A provider that cannot be reached or answers ambiguously must fail the
 * call instead (exceptionally completed stage): the request is then repeated with the same idempotency key.
 */
public sealed interface PaymentResult {

    record Succeeded(String reference) implements PaymentResult {
        public Succeeded {
            Objects.requireNonNull(reference, "reference");
        }
    }

    record Declined(String reason) implements PaymentResult {
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
