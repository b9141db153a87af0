package com.wallbill.panel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Validation of panel request fields. Every failure is an {@link IllegalArgumentException} whose message starts
 * with the field's name ("refundPercent: must be ..."), which the problem mappers answer with 400.
 */
public final class FieldChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FieldChecks() {
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }

    /** Stripped text, required, at most {@code max} characters. */
    public static String text(String value, String field, int max) {
        require(value != null && !value.isBlank(), field, "is required");
        return optionalText(value, field, max);
    }

    /** Stripped text or null when absent or blank, at most {@code max} characters. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        require(stripped.length() <= max, field, "at most " + max + " characters");
        return stripped;
    }

    /** A percentage from 0 to 100 with at most two decimals (what the database keeps). */
    public static BigDecimal percent(BigDecimal value, String field) {
        require(value != null, field, "is required (0 to 100)");
        require(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, field, "must be between 0 and 100");
        require(value.stripTrailingZeros().scale() <= 2, field, "at most two decimals");
        return value;
    }

    public static ZoneId zone(String id, String field) {
        require(id != null && !id.isBlank(), field, "is required (an IANA zone such as Europe/Madrid)");
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + ": unknown time zone " + id);
        }
    }

    public static Currency currency(String code, String field) {
        require(code != null && !code.isBlank(), field, "is required (ISO 4217, e.g. EUR)");
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown currency " + code);
        }
    }

    /** A lower-cased e-mail address. */
    public static String email(String value, String field) {
        require(value != null && EMAIL.matcher(value.strip()).matches() && value.strip().length() <= 254, field,
                "must be an e-mail address");
        return value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A whole-number query parameter, or null when absent. Taken as text so that a malformed one is a 400 naming
     * the parameter rather than the 404 JAX-RS gives for parameters it cannot convert.
     */
    public static Long number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": must be a whole number, got " + value);
        }
    }

    /** An int query parameter such as offset or limit, or null when absent. */
    public static Integer integer(String value, String field) {
        Long number = number(value, field);
        require(number == null || (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE), field, "out of range");
        return number == null ? null : number.intValue();
    }

    /** The message of a domain validation error, prefixed with the field it concerns. */
    public static IllegalArgumentException about(String field, IllegalArgumentException e) {
        return new IllegalArgumentException(field + ": " + e.getMessage());
    }
}
