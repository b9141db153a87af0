package com.wallbill.billing.statement;

import java.time.Instant;
import java.util.Objects;

/** What can happen to a statement line. */
public sealed interface LineEvent {

    /** The month closed: the line's amounts are final and its payment is due. */
    record MonthClosed() implements LineEvent {
    }

    /** The system paid the employee (card charged, payout succeeded). */
    record PaidAutomatically(String payoutReference) implements LineEvent {
    }

    /** The automatic payment failed (card declined, payout refused); it will be retried. */
    record PaymentFailed(String reason) implements LineEvent {
        public PaymentFailed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An admin of the company states that the employee was paid by transfer. */
    record MarkedPaid(String by, Instant at) implements LineEvent {
        public MarkedPaid {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
