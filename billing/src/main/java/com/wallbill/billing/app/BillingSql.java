package com.wallbill.billing.app;

/** SQL shared by the billing adapters. */
final class BillingSql {

    private BillingSql() {
    }

    /**
     * Serialises month close against costing, per company: costing takes it shared (many sessions at once),
     * closing a month takes it exclusively, so no session is attached to a statement while it closes.
     */
    static final String LOCK_COMPANY_SHARED = "SELECT pg_advisory_xact_lock_shared(hashtextextended('wallbill.company.' || $1::bigint, 0))";
    static final String LOCK_COMPANY = "SELECT pg_advisory_xact_lock(hashtextextended('wallbill.company.' || $1::bigint, 0))";

    /**
     * The terms a session is priced with: the device link in force at $2 for charger $1, its overrides, the
     * company's settings and the rate version, each the latest valid at $2 (or, for a version created after the
     * session started, the earliest one: a rate assigned later still prices the session it was assigned for).
     */
    static final String TERMS_AT = """
            WITH link AS (
                SELECT l.id, l.company_id, l.employee_id FROM device_link l
                WHERE l.charge_point_id = $1 AND l.linked_at <= $2 AND (l.unlinked_at IS NULL OR l.unlinked_at > $2)
                ORDER BY l.linked_at DESC LIMIT 1)
            SELECT link.id AS link_id, link.company_id, link.employee_id, c.time_zone, c.currency,
                   COALESCE(dt.logging_active, false) AS logging_active,
                   COALESCE(dt.payment_type, ct.payment_type) AS payment_type,
                   COALESCE(dt.refund_percent, ct.refund_percent) AS refund_percent,
                   rv.id AS rate_version_id, rv.rate_type, rv.currency AS rate_currency, rv.tariff::text AS tariff
            FROM link
            JOIN company c ON c.id = link.company_id
            LEFT JOIN LATERAL (SELECT * FROM device_terms WHERE link_id = link.id
                ORDER BY valid_from <= $2 DESC, CASE WHEN valid_from <= $2 THEN valid_from END DESC, valid_from
                LIMIT 1) dt ON true
            JOIN LATERAL (SELECT * FROM company_terms WHERE company_id = link.company_id
                ORDER BY valid_from <= $2 DESC, CASE WHEN valid_from <= $2 THEN valid_from END DESC, valid_from
                LIMIT 1) ct ON true
            JOIN LATERAL (SELECT * FROM rate_version WHERE rate_id = COALESCE(dt.rate_id, ct.default_rate_id)
                ORDER BY valid_from <= $2 DESC, CASE WHEN valid_from <= $2 THEN valid_from END DESC, valid_from
                LIMIT 1) rv ON true""";

    static final String STATEMENT_OF = """
            SELECT id, status FROM statement WHERE company_id = $1 AND month = $2""";

    static final String OPEN_STATEMENT = """
            INSERT INTO statement (company_id, month, status, currency) VALUES ($1, $2, 'IN_PROGRESS', $3)
            ON CONFLICT (company_id, month) DO NOTHING""";
}
