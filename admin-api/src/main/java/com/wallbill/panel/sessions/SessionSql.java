package com.wallbill.panel.sessions;

import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The statements behind the session list, its export and the detail. A session's refund status is that of the
 * statement line that pays it: IN_PROGRESS while its month is open, EXCLUDED when an admin excluded it, otherwise
 * its closed month's line for the same device and payment type (ADJUSTED when there is none: the session was
 * accepted after its month closed and is paid by an adjustment line of a later month).
 */
final class SessionSql {

    static final String COLUMNS = """
            c.session_id, c.charge_point_id, c.employee_id, e.name AS employee_name, c.started_at, c.stopped_at,
            c.energy_wh, c.cost, c.refund, c.currency, c.late, c.flags, c.review, st.month,
            CASE WHEN c.review = 'EXCLUDED' THEN 'EXCLUDED' WHEN st.status = 'IN_PROGRESS' THEN 'IN_PROGRESS'
                 ELSE COALESCE(l.status, 'ADJUSTED') END AS refund_status""";

    /** Each session's employee, statement and line, found by key. */
    private static final String JOINS = """
            LEFT JOIN employee e ON e.id = c.employee_id
            LEFT JOIN statement st ON st.id = c.statement_id
            LEFT JOIN statement_line l ON l.statement_id = c.statement_id AND l.device_link_id = c.device_link_id
                 AND l.payment_type = c.payment_type AND l.kind = 'SESSIONS'""";

    private static final String DEVICES = """
            SELECT DISTINCT charge_point_id FROM device_link
            WHERE company_id = $1 AND starts_with(charge_point_id, $2) ORDER BY charge_point_id LIMIT $3""";

    static final String DETAIL = "SELECT " + COLUMNS + """
            , c.cost_exact, c.refund_percent, c.payment_type, c.rate_version_id, rv.rate_id, rv.rate_type,
              r.name AS rate_name, c.breakdown::text AS breakdown, c.reviewed_by, c.reviewed_at, l.id AS line_id,
              cs.evse_id, cs.connector_id
            FROM costed_session c
            """ + JOINS + """

            LEFT JOIN charging_session cs ON cs.id = c.session_id
            LEFT JOIN rate_version rv ON rv.id = c.rate_version_id
            LEFT JOIN rate r ON r.id = rv.rate_id
            WHERE c.session_id = $1 AND c.company_id = $2 AND c.billable""";

    /** Whether the session is one of the company's listed (billable) sessions. */
    static final String OWNED = """
            SELECT 1 FROM costed_session WHERE session_id = $1 AND company_id = $2 AND billable""";

    /**
     * A session's readings with a register, at most about {@code $2} of them: beyond that every n-th one (by
     * time) and always the first and the last, so a week-long session still draws its whole shape from a few
     * thousand points. meter_value_unique (session_id, sampled_at, ...) finds them.
     */
    static final String READINGS = """
            SELECT sampled_at, register_wh, context, total FROM (
                SELECT sampled_at, register_wh, context, row_number() OVER (ORDER BY sampled_at, id) AS n,
                       count(*) OVER () AS total
                FROM meter_value WHERE session_id = $1 AND register_wh IS NOT NULL) x
            WHERE total <= $2 OR n = 1 OR n = total OR (n - 1) % ceil(total / $2::numeric)::bigint = 0
            ORDER BY n""";

    /** Readings the curve of one session is drawn from at most (give or take the last one). */
    static final int MAX_READINGS = 2000;

    /** Devices a search may match at most: the list then filters by the exact ids, which V8 indexes. */
    static final int MAX_DEVICES = 1000;

    private SessionSql() {
    }

    /**
     * A free-text search among the company's devices (id starting with the text) and the employees ever linked to
     * it (name containing it), both ignoring case; each list capped one past {@link #MAX_DEVICES}.
     */
    static final String SEARCH = """
            SELECT ARRAY(SELECT DISTINCT charge_point_id FROM device_link
                         WHERE company_id = $1 AND starts_with(lower(charge_point_id), lower($2)) LIMIT $3) AS devices,
                   ARRAY(SELECT DISTINCT l.employee_id FROM device_link l JOIN employee e ON e.id = l.employee_id
                         WHERE l.company_id = $1 AND strpos(lower(e.name), lower($2)) > 0 LIMIT $3) AS employees""";

    static String devices() {
        return DEVICES;
    }

    static Tuple devicesArgs(long companyId, String prefix) {
        return Tuple.of(companyId, prefix, MAX_DEVICES + 1);
    }

    /**
     * One page: the ids are found first from the index alone (by key after a cursor, or skipping {@code offset}
     * entries), and only the page's rows are then joined to their employee and statement line.
     */
    static String page(SessionFilter filter, SessionSort sort, SessionSort.Cursor after, int offset, int limit,
            SqlArgs args) {
        String where = filter.where(args) + (after == null ? "" : " AND " + sort.after(after, args));
        return "WITH page AS (SELECT c.session_id FROM costed_session c WHERE " + where + " ORDER BY "
                + sort.orderBy() + " LIMIT " + args.add(limit + 1) + " OFFSET " + args.add(after == null ? offset : 0)
                + ")\nSELECT " + COLUMNS + " FROM page JOIN costed_session c ON c.session_id = page.session_id\n"
                + JOINS + "\nORDER BY " + sort.orderBy();
    }

    /**
     * Every row of the filter, for the export, in the list's order. Read in index order (no sort of the whole
     * result before the first row), each joined table through a memoized key lookup: a company has few employees,
     * months and lines, so a million sessions cost a few thousand index lookups (1.3 s in PostgreSQL for a
     * million, measured; narrowing the joined tables to the company first made it choose a sort or a join filter).
     */
    static String all(SessionFilter filter, SessionSort sort, SqlArgs args) {
        return "SELECT " + COLUMNS + " FROM costed_session c\n" + JOINS + "\nWHERE " + filter.where(args)
                + "\nORDER BY " + sort.orderBy();
    }

    /** Counts the export's rows up to {@code cap}: enough to refuse one that Excel could not hold. */
    static String countUpTo(SessionFilter filter, int cap, SqlArgs args) {
        return "SELECT count(*) FROM (SELECT 1 FROM costed_session c WHERE " + filter.where(args) + " LIMIT "
                + args.add(cap) + ") x";
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
