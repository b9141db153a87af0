package com.wallbill.panel.sessions;

import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Positional arguments of a statement assembled from optional filters: each filter adds its condition only when
 * present, so PostgreSQL plans the query actually asked (an index per filter) rather than a generic one full of
 * {@code $n IS NULL OR ...}.
 */
public final class SqlArgs {

    private final List<Object> values = new ArrayList<>();

    /** Adds a value and returns its placeholder ({@code $1}, {@code $2}, ...). */
    public String add(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public Tuple tuple() {
        return Tuple.from(values);
    }
}
