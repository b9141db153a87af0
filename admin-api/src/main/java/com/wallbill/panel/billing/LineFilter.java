package com.wallbill.panel.billing;

import com.wallbill.panel.sessions.QueryArgs;
import com.wallbill.panel.sessions.SqlArgs;

/**
 * The search of a month's lines: a device by charge point id prefix, an employee, a payment type, a status. An
 * open month's lines are all IN_PROGRESS; a closed month's are never IN_PROGRESS.
 */
record LineFilter(String devicePrefix, Long employeeId, String paymentType, String status) {

    static LineFilter parse(String deviceId, String employeeId, String paymentType, String status) {
        return new LineFilter(QueryArgs.optionalText(deviceId), QueryArgs.optionalId("employeeId", employeeId),
                QueryArgs.choice("paymentType", paymentType, "AUTOMATIC", "MANUAL"),
                QueryArgs.choice("status", status, "IN_PROGRESS", "PENDING", "COMPLETED", "FAILED"));
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

    /** Whether the status filter leaves any line of a month that is open ({@code open}) or closed. */
    boolean statusAllows(boolean open) {
        return status == null || open == status.equals("IN_PROGRESS");
    }
}
