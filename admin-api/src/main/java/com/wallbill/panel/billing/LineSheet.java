package com.wallbill.panel.billing;

import com.wallbill.panel.export.Column;
import com.wallbill.panel.export.ColumnType;
import com.wallbill.panel.sessions.SheetResponses;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.List;

/** A month's lines as a sheet, the list's columns, ending with a row of totals over the exported lines. */
final class LineSheet implements SheetResponses.SheetRows {

    private long lines;
    private long sessions;
    private BigDecimal energyWh = BigDecimal.ZERO;
    private BigDecimal cost = BigDecimal.ZERO;
    private BigDecimal refund = BigDecimal.ZERO;

    static List<Column> columns(String currency) {
        return List.of(new Column("Line", ColumnType.INTEGER), new Column("Employee id", ColumnType.INTEGER),
                new Column("Employee", ColumnType.TEXT, 28), new Column("Device", ColumnType.TEXT, 24),
                new Column("Payment", ColumnType.TEXT, 12), new Column("Kind", ColumnType.TEXT, 12),
                new Column("Sessions", ColumnType.INTEGER), new Column("Energy (kWh)", ColumnType.DECIMAL_3),
                new Column("Cost (" + currency + ")", ColumnType.DECIMAL_2),
                new Column("Refund (" + currency + ")", ColumnType.DECIMAL_2),
                new Column("Status", ColumnType.TEXT, 12), new Column("Completed at", ColumnType.DATE_TIME),
                new Column("Completed by", ColumnType.TEXT, 24));
    }

    @Override
    public Object[] cells(Row r) {
        lines++;
        sessions += r.getLong("sessions");
        energyWh = energyWh.add(r.getBigDecimal("energy_wh"));
        cost = cost.add(r.getBigDecimal("cost"));
        refund = refund.add(r.getBigDecimal("refund"));
        return new Object[] {r.getLong("id"), r.getLong("employee_id"), r.getString("employee_name"),
                r.getString("charge_point_id"), r.getString("payment_type"), r.getString("kind"), r.getLong("sessions"),
                BillingViews.kwh(r.getBigDecimal("energy_wh")), r.getBigDecimal("cost"), r.getBigDecimal("refund"),
                r.getString("status"), r.getOffsetDateTime("completed_at"), r.getString("completed_by")};
    }

    @Override
    public Object[] last() {
        return new Object[] {null, null, "Total (" + lines + (lines == 1 ? " line)" : " lines)"), null, null, null,
                sessions, BillingViews.kwh(energyWh), cost, refund, null, null, null};
    }
}
