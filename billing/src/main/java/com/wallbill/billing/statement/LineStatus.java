package com.wallbill.billing.statement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a statement line. The current month is IN_PROGRESS; at month end every line becomes PENDING.
 * AUTOMATIC lines are then paid by the system (COMPLETED) or fail (FAILED, with a reason, retried until paid);
 * MANUAL lines stay PENDING until an admin marks them paid. COMPLETED is final, and only a payment gets there.
 */
public enum LineStatus {
    IN_PROGRESS, PENDING, COMPLETED, FAILED;

    /** The status after {@code event}, or {@link IllegalTransitionException} if the event cannot happen now. */
    public LineStatus next(PaymentType paymentType, LineEvent event) {
        boolean payable = this == PENDING || this == FAILED;
        LineStatus next = null;
        if (event instanceof LineEvent.MonthClosed) {
            next = this == IN_PROGRESS ? PENDING : null;
        } else if (event instanceof LineEvent.PaidAutomatically) {
            next = paymentType == PaymentType.AUTOMATIC && payable ? COMPLETED : null;
        } else if (event instanceof LineEvent.PaymentFailed) {
            next = paymentType == PaymentType.AUTOMATIC && payable ? FAILED : null;
        } else if (event instanceof LineEvent.MarkedPaid) {
            next = paymentType == PaymentType.MANUAL && this == PENDING ? COMPLETED : null;
        }
        if (next == null) {
            throw new IllegalTransitionException(this, paymentType, event);
        }
        return next;
    }

    /** Every status from which {@code event} is allowed: what a set-based update may match. */
    public static Set<LineStatus> from(PaymentType paymentType, LineEvent event) {
        Set<LineStatus> sources = EnumSet.noneOf(LineStatus.class);
        for (LineStatus status : values()) {
            try {
                status.next(paymentType, event);
                sources.add(status);
            } catch (IllegalTransitionException notAllowed) {
                // not a source
            }
        }
        return sources;
    }

    /** A line event that the line's current status or payment type does not allow. */
    public static final class IllegalTransitionException extends IllegalStateException {
        IllegalTransitionException(LineStatus from, PaymentType paymentType, LineEvent event) {
            super("a " + paymentType + " line that is " + from + " cannot take " + event.getClass().getSimpleName());
        }
    }
}
