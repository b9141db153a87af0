package com.wallbill.panel.sessions;

import java.time.Instant;
import java.util.List;

/**
 * What the session list and its export are narrowed to, always within one company. {@code chargePointIds} are
 * the company's devices whose id starts with the searched text (null: any device); {@code search} (null: none)
 * keeps the sessions of some devices or of some employees; the time range is on the session's stop, from
 * inclusive, to exclusive.
 */
public record SessionFilter(long companyId, List<String> chargePointIds, Long employeeId, Search search,
        Instant from, Instant to) {

    /** The company's devices and employees a free-text search found: a session of either matches. */
    public record Search(List<String> chargePointIds, List<Long> employeeIds) {
        public Search {
            chargePointIds = List.copyOf(chargePointIds);
            employeeIds = List.copyOf(employeeIds);
        }
    }

    public SessionFilter {
        chargePointIds = chargePointIds == null ? null : List.copyOf(chargePointIds);
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("to: must be after from");
        }
    }

    /** A device or free-text search that found nothing of the company's: the list is empty without asking. */
    public boolean matchesNothing() {
        return chargePointIds != null && chargePointIds.isEmpty()
                || search != null && search.chargePointIds().isEmpty() && search.employeeIds().isEmpty();
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
        if (search != null) {
            String devices = args.add(search.chargePointIds().toArray(String[]::new));
            String employees = args.add(search.employeeIds().toArray(Long[]::new));
            sql.append(" AND (c.charge_point_id = ANY(").append(devices).append(") OR c.employee_id = ANY(")
                    .append(employees).append("))");
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
