package com.wallbill.central.db;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Objects;

/**
 * A statement that many messages of one group contribute rows to, executed once per group with one array
 * parameter per column ({@code unnest($1::text[], ...)}). Each row's first column is its key, the charge point id:
 * a charger has one CALL in flight, so a key names one message of the group. The statement's RETURNING rows
 * carry a {@code key} column, and each message gets back the rows with its key.
 */
public final class StatementBatch {

    private final String name;
    private final int stage;
    private final String sql;
    private final List<Class<?>> columnTypes;

    /**
     * @param stage batches of a group run in ascending stage, so one may read what an earlier one wrote
     * @param sql its parameters {@code $1..$n} are the column arrays, in order
     * @param columnTypes the Java type of each column's values (String, Integer, OffsetDateTime, ...)
     */
    public StatementBatch(String name, int stage, String sql, List<Class<?>> columnTypes) {
        this.name = Objects.requireNonNull(name);
        this.stage = stage;
        this.sql = Objects.requireNonNull(sql);
        this.columnTypes = List.copyOf(columnTypes);
        if (columnTypes.isEmpty() || columnTypes.get(0) != String.class) {
            throw new IllegalArgumentException(name + ": the first column must be the String key");
        }
        if (columnTypes.stream().anyMatch(Class::isPrimitive)) {
            throw new IllegalArgumentException(name + ": column types must be reference types (Integer, not int)");
        }
    }

    String name() {
        return name;
    }

    int stage() {
        return stage;
    }

    String sql() {
        return sql;
    }

    int columns() {
        return columnTypes.size();
    }

    /** The column arrays of {@code rows}, typed for the PostgreSQL client. */
    Object[] columnArrays(List<Object[]> rows) {
        Object[] arrays = new Object[columnTypes.size()];
        for (int c = 0; c < arrays.length; c++) {
            // Column types are reference types, so the typed array is an Object[]: plain stores, not reflection.
            Object[] array = (Object[]) Array.newInstance(columnTypes.get(c), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                array[r] = rows.get(r)[c];
            }
            arrays[c] = array;
        }
        return arrays;
    }
}
