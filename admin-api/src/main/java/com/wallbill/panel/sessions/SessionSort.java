package com.wallbill.panel.sessions;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;

/**
 * Orders of the session list. Each is (column, session id) in one direction, which an index of V8 serves as is
 * (forwards or backwards), and which makes a keyset cursor possible: the next page starts after the last row's
 * (value, id), however deep, at the cost of the first page.
 */
public enum SessionSort {
    STOPPED_AT("stoppedAt", "c.stopped_at", false),
    STOPPED_AT_DESC("-stoppedAt", "c.stopped_at", true),
    ENERGY("energy", "c.energy_wh", false),
    ENERGY_DESC("-energy", "c.energy_wh", true),
    REFUND("refund", "c.refund", false),
    REFUND_DESC("-refund", "c.refund", true);

    private final String param;
    private final String column;
    private final boolean descending;

    SessionSort(String param, String column, boolean descending) {
        this.param = param;
        this.column = column;
        this.descending = descending;
    }

    /** The {@code sort} parameter; newest first when absent. */
    public static SessionSort parse(String value) {
        String v = QueryArgs.optionalText(value);
        if (v == null) {
            return STOPPED_AT_DESC;
        }
        return Arrays.stream(values()).filter(s -> s.param.equals(v)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort: must be one of stoppedAt, -stoppedAt, energy, "
                        + "-energy, refund, -refund, got '" + value + "'"));
    }

    String orderBy() {
        String direction = descending ? " DESC" : "";
        return column + direction + ", c.session_id" + direction;
    }

    /** The condition for rows after the cursor, in this order. */
    String after(Cursor cursor, SqlArgs args) {
        Object value = column.equals("c.stopped_at") ? OffsetDateTime.parse(cursor.value())
                : Numeric.create(new BigDecimal(cursor.value()));
        return "(" + column + ", c.session_id) " + (descending ? "<" : ">") + " (" + args.add(value) + ", "
                + args.add(cursor.sessionId()) + ")";
    }

    /** The cursor that continues after {@code row} (a row of the list's query). */
    Cursor cursorAfter(Row row) {
        String value = switch (this) {
            case STOPPED_AT, STOPPED_AT_DESC -> row.getOffsetDateTime("stopped_at").toString();
            case ENERGY, ENERGY_DESC -> row.getBigDecimal("energy_wh").toPlainString();
            case REFUND, REFUND_DESC -> row.getBigDecimal("refund").toPlainString();
        };
        return new Cursor(this, value, row.getLong("session_id"));
    }

    /**
     * Where a page ended: opaque to clients (base64url of sort, value and id). A cursor of another sort, or one
     * that does not decode, is refused naming {@code after}.
     */
    public record Cursor(SessionSort sort, String value, long sessionId) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((sort.param + "|" + value + "|" + sessionId).getBytes(StandardCharsets.UTF_8));
        }

        public static Cursor decode(String text, SessionSort expected) {
            String[] parts;
            try {
                parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            } catch (IllegalArgumentException e) {
                throw notACursor();
            }
            if (parts.length != 3) {
                throw notACursor();
            }
            if (!parts[0].equals(expected.param)) {
                throw new IllegalArgumentException("after: the cursor belongs to another sort than " + expected.param);
            }
            try {
                if (expected.column.equals("c.stopped_at")) {
                    OffsetDateTime.parse(parts[1]);
                } else {
                    new BigDecimal(parts[1]);
                }
                return new Cursor(expected, parts[1], Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw notACursor();
            }
        }

        private static IllegalArgumentException notACursor() {
            return new IllegalArgumentException("after: not a cursor of this list (take it from the Link header)");
        }
    }
}
