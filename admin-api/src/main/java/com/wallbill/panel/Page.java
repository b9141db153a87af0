package com.wallbill.panel;

import java.util.List;

/**
 * One page of a panel list: {@code next} is the offset of the following page, or null at the end. Lists fetch
 * {@code limit + 1} rows to learn whether more exist, so no list ever counts its whole result.
 */
public record Page<T>(List<T> items, int offset, int limit, Integer next) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    /** The {@code limit} query parameter: 1..500, 50 when absent. */
    public static int limit(Integer requested) {
        int limit = requested == null ? DEFAULT_LIMIT : requested;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** The same from the raw parameter, so a non-number is a 400 naming {@code limit}, not a generic 404. */
    public static int limit(String requested) {
        return limit(requested == null || requested.isBlank() ? null : integer("limit", requested));
    }

    /** The {@code offset} query parameter: 0 or more, 0 when absent. */
    public static int offset(Integer requested) {
        int offset = requested == null ? 0 : requested;
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must not be negative");
        }
        return offset;
    }

    public static int offset(String requested) {
        return offset(requested == null || requested.isBlank() ? null : integer("offset", requested));
    }

    /** A page from rows fetched with {@code LIMIT limit + 1}. */
    public static <T> Page<T> of(List<T> fetched, int offset, int limit) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? List.copyOf(fetched.subList(0, limit)) : fetched, offset, limit,
                more ? offset + limit : null);
    }

    private static int integer(String field, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": must be a whole number, got '" + value + "'");
        }
    }
}
