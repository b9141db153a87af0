package com.wallbill.panel.billing;

import com.wallbill.panel.sessions.QueryArgs;
import com.wallbill.panel.sessions.SqlArgs;

/**
 * The search of a month's lines: a device by charge point id prefix, an employee, a payment type, a status, and a
 * free text that a line's device id starts with or its employee's name contains (ignoring case). An open month's
 * lines are all IN_PROGRESS; a closed month's are never IN_PROGRESS.
 */
record LineFilter(String devicePrefix, Long employeeId, String paymentType, String status, String text) {

    static final LineFilter ALL = new LineFilter(null, null, null, null, null);

    static LineFilter parse(String deviceId, String employeeId, String paymentType, String status, String search) {
        return new LineFilter(QueryArgs.optionalText(deviceId), QueryArgs.optionalId("employeeId", employeeId),
                QueryArgs.choice("paymentType", paymentType, "AUTOMATIC", "MANUAL"),
                QueryArgs.choice("status", status, "IN_PROGRESS", "PENDING", "COMPLETED", "FAILED"),
                QueryArgs.optionalText(search));
    }

    /** Conditions on the employee_id, charge_point_id and payment_type columns of {@code table} (a prefix). */
    String where(String table, SqlArgs args) {
        StringBuilder sql = new StringBuilder();
        if (devicePrefix != null) {
            sql.append(" AND starts_with(").append(table).append("charge_point_id, ").append(args.add(devicePrefix))
                    .append(")");
        }
        if (employeeId != null) {
            sql.append(" AND ").append(table).append("employee_id = ").append(args.add(employeeId));
        }
        if (paymentType != null) {
            sql.append(" AND ").append(table).append("payment_type = ").append(args.add(paymentType));
        }
        return sql.toString();
    }

    /**
     * The free-text condition on a line's employee name and device id columns, starting with AND; empty without
     * one. Applied to the month's lines joined to their employees, so it reads only this statement's rows.
     */
    String textWhere(String name, String device, SqlArgs args) {
        if (text == null) {
            return "";
        }
        String t = args.add(text);
        return " AND (strpos(lower(" + name + "), lower(" + t + ")) > 0 OR starts_with(lower(" + device + "), lower("
                + t + ")))";
    }

    /** Whether the status filter leaves any line of a month that is open ({@code open}) or closed. */
    boolean statusAllows(boolean open) {
        return status == null || open == status.equals("IN_PROGRESS");
    }
}
