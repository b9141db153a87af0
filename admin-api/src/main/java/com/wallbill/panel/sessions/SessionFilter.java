package com.wallbill.panel.sessions;

import java.time.Instant;
import java.util.List;

/**
 * What the session list and its export are narrowed to, always within one company. {@code chargePointIds} are
 * the company's devices whose id starts with the searched text (null: any device); the time range is on the
 * session's stop, from inclusive, to exclusive.
 */
public record SessionFilter(long companyId, List<String> chargePointIds, Long employeeId, Instant from, Instant to) {

    public SessionFilter {
        chargePointIds = chargePointIds == null ? null : List.copyOf(chargePointIds);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("to: must be after from");
        }
    }

    /** A device search that matched none of the company's devices: the list is empty without asking. */
    public boolean matchesNothing() {
        return chargePointIds != null && chargePointIds.isEmpty();
    }

    /** The conditions, {@code c} being costed_session; billable rows only, so V8's partial indexes apply. */
    String where(SqlArgs args) {
        StringBuilder sql = new StringBuilder("c.company_id = ").append(args.add(companyId)).append(" AND c.billable");
        if (chargePointIds != null) {
            sql.append(" AND c.charge_point_id = ANY(").append(args.add(chargePointIds.toArray(String[]::new)))
                    .append(")");
        }
        if (employeeId != null) {
            sql.append(" AND c.employee_id = ").append(args.add(employeeId));
        }
        if (from != null) {
            sql.append(" AND c.stopped_at >= ").append(args.add(SessionSql.utc(from)));
        }
        if (to != null) {
            sql.append(" AND c.stopped_at < ").append(args.add(SessionSql.utc(to)));
        }
        return sql.toString();
    }
}
