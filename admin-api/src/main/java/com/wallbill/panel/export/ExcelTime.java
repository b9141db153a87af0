package com.wallbill.panel.export;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Excel's time values: a date-time is a serial number of days since 1899-12-30 in local time (the 1900 date system;
 * it has no zone), a duration is a number of days. Both are split into whole days and milliseconds of the day, so
 * that {@link XmlBytes#fixedPoint10} can write them without going through a double.
 */
final class ExcelTime {

    static final long MILLIS_PER_DAY = 86_400_000L;
    /** Serial number of 1970-01-01. */
    private static final long EPOCH_SERIAL = 25_569;
    /** 1900-03-01: the serials before it are off by one day (Excel counts a 1900-02-29 that never was). */
    private static final long FIRST_SERIAL = 61;
    /** 9999-12-31, the last day Excel shows. */
    private static final long LAST_SERIAL = 2_958_465;

    private final ZoneRules zone;

    ExcelTime(ZoneId zone) {
        this.zone = zone.getRules();
    }

    /** The local millisecond of {@code value} counted from 1899-12-30T00:00, or -1 if the type is not a date-time. */
    long serialMillis(Object value) {
        long localEpochMillis;
        if (value instanceof Instant instant) {
            localEpochMillis = local(instant);
        } else if (value instanceof OffsetDateTime odt) {
            localEpochMillis = local(odt.toInstant());
        } else if (value instanceof ZonedDateTime zdt) {
            localEpochMillis = local(zdt.toInstant());
        } else if (value instanceof LocalDateTime ldt) {
            localEpochMillis = ldt.toEpochSecond(ZoneOffset.UTC) * 1000 + ldt.getNano() / 1_000_000;
        } else {
            return -1;
        }
        long serialMillis = localEpochMillis + EPOCH_SERIAL * MILLIS_PER_DAY;
        long day = Math.floorDiv(serialMillis, MILLIS_PER_DAY);
        if (day < FIRST_SERIAL || day > LAST_SERIAL) {
            throw new IllegalArgumentException("date-time outside Excel's range 1900-03-01..9999-12-31: " + value);
        }
        return serialMillis;
    }

    private long local(Instant instant) {
        int offsetSeconds = zone.getOffset(instant).getTotalSeconds();
        return Math.addExact(instant.toEpochMilli(), offsetSeconds * 1000L);
    }

    /** The milliseconds of a non-negative duration. */
    static long durationMillis(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Excel cannot show a negative duration: " + duration);
        }
        return duration.toMillis();
    }

    /**
     * The ten-digit fraction of a day for a millisecond of the day, rounded: {@code millis / 86_400_000 * 10^10}
     * is {@code millis * 100_000 / 864}. The largest millisecond rounds to 9_999_999_884, so it never carries.
     */
    static long dayFraction10(long millisOfDay) {
        return (millisOfDay * 100_000 + 432) / 864;
    }
}
