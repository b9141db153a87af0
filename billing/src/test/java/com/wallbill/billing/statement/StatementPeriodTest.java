package com.wallbill.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StatementPeriodTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void sessionEndingAfterLocalMidnightBelongsToTheNewMonthEvenIfUtcIsStillInTheOldOne() {
        // 2026-11-30T23:30Z is 00:30 on 1 December in Madrid.
        assertThat(StatementPeriod.monthOf(Instant.parse("2026-11-30T23:30:00Z"), MADRID))
                .isEqualTo(YearMonth.of(2026, 12));
        assertThat(StatementPeriod.monthOf(Instant.parse("2026-11-30T22:59:59Z"), MADRID))
                .isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void monthClosesAtLocalMidnightOfTheNextMonthsFirstDay() {
        assertThat(StatementPeriod.closesAt(YearMonth.of(2026, 11), MADRID)).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        // Summer time: local midnight of 1 October is 22:00Z.
        assertThat(StatementPeriod.closesAt(YearMonth.of(2026, 9), MADRID)).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    }
}
