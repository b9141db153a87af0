package com.wallbill.panel.employee;

/** Validation of the employees' requests: every message starts with the field it is about. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(field + ": " + message);
        }
    }

    /** The stripped text, required and at most {@code max} characters. */
    static String text(String value, String field, int max) {
        require(value != null && !value.isBlank(), field, "is required");
        String text = value.strip();
        require(text.length() <= max, field, "at most " + max + " characters");
        return text;
    }

    /** The stripped text or null, at most {@code max} characters. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        require(text.length() <= max, field, "at most " + max + " characters");
        return text;
    }
}
