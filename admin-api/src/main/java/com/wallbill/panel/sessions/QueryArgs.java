package com.wallbill.panel.sessions;

import com.wallbill.billing.app.Refusal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query and path parameters of the panel's lists, parsed by hand rather than by JAX-RS: a value JAX-RS cannot
 * convert becomes a bare 404, while the panel needs a 400 whose detail starts with the parameter's name.
 */
public final class QueryArgs {

    private QueryArgs() {
    }

    /** A whole number, or null when absent or blank. */
    public static Long optionalId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": must be a whole number, got '" + value + "'");
        }
    }

    /** An id in a path: a malformed one names no resource of the caller's, so it is a 404 like any unknown id. */
    public static long pathId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Refusal(404, "Not Found", "No such resource");
        }
    }

    /** A month as {@code yyyy-MM}. */
    public static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("month: must look like 2026-11, got '" + value + "'");
        }
    }

    /** The text, stripped, or null when absent or blank. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One of {@code allowed} (exactly as written), or null when absent. */
    public static String choice(String field, String value, String... allowed) {
        String v = optionalText(value);
        if (v != null && !Arrays.asList(allowed).contains(v)) {
            throw new IllegalArgumentException(field + ": must be one of " + String.join(", ", allowed) + ", got '"
                    + value + "'");
        }
        return v;
    }

    /**
     * A bound of a time range: an instant ({@code 2026-10-01T00:00:00Z}, or with an offset) as given, or a date
     * ({@code 2026-10-01}) in the company's zone, taken as the start of that day ({@code endOfDay} false) or as
     * the start of the next one ({@code endOfDay} true, so that {@code to=2026-10-31} includes the 31st).
     */
    public static Instant instantOrDate(String field, String value, ZoneId zone, boolean endOfDay) {
        String v = optionalText(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + ": must be a date (2026-10-01) or an instant "
                    + "(2026-10-01T00:00:00Z), got '" + value + "'");
        }
    }
}
