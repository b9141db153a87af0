package com.wallbill.billing.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Calendar months in a company's time zone: which month a session belongs to and when a month may close. */
public final class StatementPeriod {

    private StatementPeriod() {
    }

    /** The month, in {@code zone}, that contains {@code instant}. */
    public static YearMonth monthOf(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone));
    }

    /** Local midnight of the month's first day, as an instant (DST-safe: the earliest valid instant of that day). */
    public static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** When the month may close: local midnight of the first day of the next month. */
    public static Instant closesAt(YearMonth month, ZoneId zone) {
        return start(month.plusMonths(1), zone);
    }

    public static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }
}
