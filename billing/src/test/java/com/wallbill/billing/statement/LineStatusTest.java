package com.wallbill.billing.statement;

import static com.wallbill.billing.statement.LineStatus.COMPLETED;
import static com.wallbill.billing.statement.LineStatus.FAILED;
import static com.wallbill.billing.statement.LineStatus.IN_PROGRESS;
import static com.wallbill.billing.statement.LineStatus.PENDING;
import static com.wallbill.billing.statement.PaymentType.AUTOMATIC;
import static com.wallbill.billing.statement.PaymentType.MANUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LineStatusTest {

    private static final LineEvent CLOSED = new LineEvent.MonthClosed();
    private static final LineEvent PAID = new LineEvent.PaidAutomatically("po_1");
    private static final LineEvent FAILED_PAYMENT = new LineEvent.PaymentFailed("card declined");
    private static final LineEvent MARKED = new LineEvent.MarkedPaid("admin@example.com", Instant.EPOCH);

    @Test
    void monthCloseMakesEveryLinePending() {
        assertThat(IN_PROGRESS.next(AUTOMATIC, CLOSED)).isEqualTo(PENDING);
        assertThat(IN_PROGRESS.next(MANUAL, CLOSED)).isEqualTo(PENDING);
    }

    @Test
    void automaticLineCompletesWhenPaidAndFailsWithAReason() {
        assertThat(PENDING.next(AUTOMATIC, PAID)).isEqualTo(COMPLETED);
        assertThat(PENDING.next(AUTOMATIC, FAILED_PAYMENT)).isEqualTo(FAILED);
    }

    @Test
    void failedLineIsRetriedUntilPaid() {
        assertThat(FAILED.next(AUTOMATIC, FAILED_PAYMENT)).isEqualTo(FAILED);
        assertThat(FAILED.next(AUTOMATIC, PAID)).isEqualTo(COMPLETED);
    }

    @Test
    void manualLineCompletesOnlyWhenAnAdminMarksItPaid() {
        assertThat(PENDING.next(MANUAL, MARKED)).isEqualTo(COMPLETED);
        assertThatThrownBy(() -> PENDING.next(MANUAL, PAID)).isInstanceOf(LineStatus.IllegalTransitionException.class);
        assertThatThrownBy(() -> PENDING.next(MANUAL, FAILED_PAYMENT))
                .isInstanceOf(LineStatus.IllegalTransitionException.class);
    }

    @Test
    void adminCannotMarkAnAutomaticLinePaid() {
        assertThatThrownBy(() -> PENDING.next(AUTOMATIC, MARKED))
                .isInstanceOf(LineStatus.IllegalTransitionException.class)
                .hasMessageContaining("AUTOMATIC line that is PENDING cannot take MarkedPaid");
    }

    @Test
    void completedIsFinal() {
        for (LineEvent event : new LineEvent[] {CLOSED, PAID, FAILED_PAYMENT, MARKED}) {
            for (PaymentType type : PaymentType.values()) {
                assertThatThrownBy(() -> COMPLETED.next(type, event))
                        .isInstanceOf(LineStatus.IllegalTransitionException.class);
            }
        }
    }

    @Test
    void anOpenMonthsLineCannotBePaidOrFailed() {
        assertThatThrownBy(() -> IN_PROGRESS.next(AUTOMATIC, PAID)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IN_PROGRESS.next(AUTOMATIC, FAILED_PAYMENT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IN_PROGRESS.next(MANUAL, MARKED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sourcesListExactlyTheStatusesAnEventMayLeave() {
        assertThat(LineStatus.from(AUTOMATIC, PAID)).containsExactlyInAnyOrder(PENDING, FAILED);
        assertThat(LineStatus.from(MANUAL, MARKED)).containsExactly(PENDING);
        assertThat(LineStatus.from(MANUAL, PAID)).isEmpty();
    }
}
