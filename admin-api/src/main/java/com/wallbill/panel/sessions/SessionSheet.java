package com.wallbill.panel.sessions;

import com.wallbill.panel.export.Column;
import com.wallbill.panel.export.ColumnType;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** The sessions export: twelve columns, one row per session, as the list shows them. */
final class SessionSheet implements SheetResponses.SheetRows {

    static List<Column> columns(String currency) {
        return List.of(new Column("Session", ColumnType.INTEGER), new Column("Device", ColumnType.TEXT, 24),
                new Column("Employee id", ColumnType.INTEGER), new Column("Employee", ColumnType.TEXT, 28),
                new Column("Start", ColumnType.DATE_TIME), new Column("End", ColumnType.DATE_TIME),
                new Column("Duration", ColumnType.DURATION), new Column("Energy (kWh)", ColumnType.DECIMAL_3),
                new Column("Cost (" + currency + ")", ColumnType.DECIMAL_2),
                new Column("Refund (" + currency + ")", ColumnType.DECIMAL_2),
                new Column("Refund status", ColumnType.TEXT, 16), new Column("Notes", ColumnType.TEXT, 40));
    }

    @Override
    public Object[] cells(Row r) {
        OffsetDateTime started = r.getOffsetDateTime("started_at");
        OffsetDateTime stopped = r.getOffsetDateTime("stopped_at");
        return new Object[] {r.getLong("session_id"), r.getString("charge_point_id"), r.getLong("employee_id"),
                r.getString("employee_name"), started, stopped,
                started == null || stopped.isBefore(started) ? null : Duration.between(started, stopped),
                SessionViews.kwh(r.getBigDecimal("energy_wh")), r.getBigDecimal("cost"), r.getBigDecimal("refund"),
                r.getString("refund_status"), notes(r)};
    }

    /** Late billing, review state and data-quality flags in a few words; empty for an ordinary session. */
    private static String notes(Row r) {
        boolean late = r.getBoolean("late");
        String review = r.getString("review");
        String[] flags = r.getArrayOfStrings("flags");
        if (!late && "NONE".equals(review) && flags.length == 0) {
            return null;
        }
        StringBuilder notes = new StringBuilder();
        if (late) {
            notes.append("late, billed in ").append(r.getLocalDate("month").toString(), 0, 7);
        }
        if (!"NONE".equals(review)) {
            notes.append(notes.isEmpty() ? "" : "; ").append(review);
        }
        if (flags.length > 0) {
            notes.append(notes.isEmpty() ? "" : "; ").append(String.join(", ", flags));
        }
        return notes.toString();
    }
}
