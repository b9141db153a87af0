package com.wallbill.ocpp.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * Parses OCPP date-time values into {@link Instant}s.
 *
 * <p>Accepted: {@code 2024-03-05T18:22:10Z}, fractional seconds of any precision up to nanoseconds, numeric
 * offsets with or without a colon ({@code +01:00}, {@code +0100}, {@code +01}). Documented leniency: a value
 * without any offset ({@code 2024-03-05T18:22:10}) is taken as UTC, because some 1.6 chargers omit the zone
 * although the spec asks for one. Anything else (a date only, garbage, an out-of-range field) is rejected.
 */
public final class Timestamps {

    /** Extended offsets ({@code Z}, {@code +01:00}) or none at all. */
    private static final DateTimeFormatter EXTENDED = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /** Basic offsets ({@code +0100}, {@code +01}). */
    private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHmm", "Z")
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    /** {@code YYYY-MM-DDTHH:MM:SSZ}. */
    private static final int MIN_COMMON_LENGTH = 20;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    /** Nanoseconds per unit of the last digit of a fraction with that many digits. */
    private static final int[] NANOS_PER_FRACTION_UNIT =
            {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};
    private static final int NOT_AN_OFFSET = Integer.MIN_VALUE;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long DAYS_0000_TO_1970 = 719_528;

    private Timestamps() {
    }

    /**
     * Parses an OCPP timestamp.
     *
     * @throws DateTimeParseException when the text is not an accepted date-time
     */
    public static Instant parse(String text) {
        Instant common = parseCommonShape(text);
        return common != null ? common : parseWithFormatter(text);
    }

    /**
     * The shape nearly every charger sends, {@code YYYY-MM-DDTHH:MM:SS[.f]} with 1 to 9 fraction digits and
     * {@code Z} or {@code ±HH:MM}, read by hand: the formatters resolve through maps of parsed fields, which
     * made timestamps a tenth of the server's CPU.
     * Returns null for anything else, including every invalid value, so that the formatters alone decide what
     * is rejected and with which exception; this path only ever accepts what they accept, with the same result.
     */
    static Instant parseCommonShape(String text) {
        if (text == null || text.length() < MIN_COMMON_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int century = twoDigits(text, 0);
        int yearOfCentury = twoDigits(text, 2);
        int month = twoDigits(text, 5);
        int day = twoDigits(text, 8);
        int hour = twoDigits(text, 11);
        int minute = twoDigits(text, 14);
        int second = twoDigits(text, 17);
        if (century < 0 || yearOfCentury < 0) {
            return null;
        }
        int year = century * 100 + yearOfCentury;
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int position = 19;
        int nano = 0;
        if (text.charAt(position) == '.') {
            int first = ++position;
            while (position < text.length() && isDigit(text.charAt(position))) {
                if (position - first == MAX_FRACTION_DIGITS) {
                    return null;
                }
                nano = nano * 10 + (text.charAt(position++) - '0');
            }
            int digits = position - first;
            if (digits == 0) {
                return null;
            }
            nano *= NANOS_PER_FRACTION_UNIT[digits];
        }
        int offsetSeconds = offsetSeconds(text, position);
        if (offsetSeconds == NOT_AN_OFFSET) {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second
                - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nano);
    }

    /** {@code Z} or {@code ±HH:MM} within ±18:00 from {@code position} to the end, else NOT_AN_OFFSET. */
    private static int offsetSeconds(String text, int position) {
        int remaining = text.length() - position;
        if (remaining == 0) {
            return NOT_AN_OFFSET;
        }
        if (remaining == 1 && text.charAt(position) == 'Z') {
            return 0;
        }
        char sign = text.charAt(position);
        if (remaining != 6 || (sign != '+' && sign != '-') || text.charAt(position + 3) != ':') {
            return NOT_AN_OFFSET;
        }
        int hours = twoDigits(text, position + 1);
        int minutes = twoDigits(text, position + 4);
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return NOT_AN_OFFSET;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > MAX_OFFSET_SECONDS) {
            return NOT_AN_OFFSET;
        }
        return sign == '-' ? -seconds : seconds;
    }

    /** The value of two ASCII digits (the formatters accept no other digits), or -1. */
    private static int twoDigits(String text, int position) {
        char tens = text.charAt(position);
        char units = text.charAt(position + 1);
        return isDigit(tens) && isDigit(units) ? (tens - '0') * 10 + (units - '0') : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            return IsoChronology.INSTANCE.isLeapYear(year) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a valid date of years 0 to 9999, counted as {@code LocalDate.toEpochDay} does. */
    private static long epochDay(int year, int month, int day) {
        long total = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!IsoChronology.INSTANCE.isLeapYear(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    /** The reference parse with the formatters alone; {@link #parse} gives the same answers, faster. */
    static Instant parseWithFormatter(String text) {
        TemporalAccessor parsed;
        try {
            parsed = EXTENDED.parse(text);
        } catch (DateTimeParseException extendedFailed) {
            try {
                parsed = BASIC.parse(text);
            } catch (DateTimeParseException basicFailed) {
                throw extendedFailed;
            }
        }
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    .toInstant();
        }
        return local.toInstant(ZoneOffset.UTC);
    }

    /** {@link #parse} without the exception. */
    public static Optional<Instant> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
