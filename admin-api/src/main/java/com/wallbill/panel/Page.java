package com.wallbill.panel;

import java.util.List;

/** One page of a list; {@code next} is the offset of the following page, or null at the end. */
public record Page<T>(List<T> items, int offset, int limit, Integer next) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public static int limit(Integer requested) {
        int limit = requested == null ? DEFAULT_LIMIT : requested;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    public static int offset(Integer requested) {
        int offset = requested == null ? 0 : requested;
        if (offset < 0) {
            throw new IllegalArgumentException("offset: must not be negative");
        }
        return offset;
    }

    /** Builds a page from a query that fetched {@code limit + 1} rows to learn whether more exist. */
    public static <T> Page<T> of(List<T> fetched, int offset, int limit) {
        boolean more = fetched.size() > limit;
        return new Page<>(more ? List.copyOf(fetched.subList(0, limit)) : fetched, offset, limit,
                more ? offset + limit : null);
    }
}
