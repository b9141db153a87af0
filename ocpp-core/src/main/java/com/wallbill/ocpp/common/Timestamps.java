package com.wallbill.ocpp.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private Timestamps() {
    }

    /**
     * Parses an OCPP timestamp.
     *
     * @throws DateTimeParseException when the text is not an accepted date-time
     */
    public static Instant parse(String text) {
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
