package com.wallbill.central.session;

import com.wallbill.central.db.StatementBatch;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The statements of session recording, in one place so the schema and its uses can be read together. */
final class SessionSql {

    private SessionSql() {
    }

    /** 1.6 start: a resent StartTransaction (same connector, time, meter start) gets its existing session back. */
    static final String START_16 = """
            WITH s AS (
                INSERT INTO charging_session (charge_point_id, ocpp_version, transaction_ref, ocpp16_transaction_id,
                    evse_id, connector_id, id_tag, status, started_at, start_received_at, meter_start_wh, flags,
                    updated_at)
                SELECT $1, '1.6', n.t::text, n.t, $2, $2, $3, 'ACTIVE', $4, $5, $6, $7::text[], $5
                FROM (SELECT nextval('ocpp16_transaction_id_seq')::integer AS t) n
                ON CONFLICT (charge_point_id, connector_id, started_at, meter_start_wh) WHERE ocpp_version = '1.6'
                DO UPDATE SET updated_at = charging_session.updated_at
                RETURNING id, ocpp16_transaction_id, xmax = 0 AS created),
            stale AS (
                UPDATE charging_session c SET flags = array_append(c.flags, 'STOP_MISSING'), updated_at = $5
                FROM s
                WHERE s.created AND c.charge_point_id = $1 AND c.connector_id = $2 AND c.status = 'ACTIVE'
                  AND c.id <> s.id AND NOT ('STOP_MISSING' = ANY (c.flags))),
            begin_reading AS (
                INSERT INTO meter_value (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                    source, context, register_wh, sampled_values)
                SELECT s.id, $1, $2, $2, $4, $5, 'StartTransaction', 'Transaction.Begin', $6, $8::text::jsonb
                FROM s
                ON CONFLICT DO NOTHING)
            SELECT id, ocpp16_transaction_id, created FROM s""";

    /**
     * 2.0.1, every TransactionEvent of a group in one statement: records each event by sequence number and creates
     * its session if this is the first event seen of the transaction, whatever its type. A replay (same seqNo) changes nothing. Ordinary Updated events leave the
     * session row alone: writing it for every meter value would cost a row version per message.
     */
    static final StatementBatch TRANSACTION_EVENTS = new StatementBatch("transaction events", 0, """
            WITH r AS (
                SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::timestamptz[],
                    $7::boolean[], $8::timestamptz[], $9::int[], $10::int[], $11::text[], $12::text[])
                    AS r(key, ref, seq_no, event_type, trigger_reason, event_at, offline, received_at, evse_id,
                        connector_id, id_token, flags)),
            ev AS (
                INSERT INTO transaction_event (charge_point_id, transaction_ref, seq_no, event_type, trigger_reason,
                    event_at, offline, received_at)
                SELECT key, ref, seq_no, event_type, trigger_reason, event_at, offline, received_at FROM r
                ON CONFLICT DO NOTHING
                RETURNING charge_point_id, transaction_ref),
            created AS (
                INSERT INTO charging_session (charge_point_id, ocpp_version, transaction_ref, evse_id, connector_id,
                    id_tag, status, started_at, start_received_at, offline, last_seq_no, flags, updated_at)
                SELECT r.key, '2.0.1', r.ref, r.evse_id, r.connector_id, r.id_token, 'ACTIVE', r.event_at,
                    r.received_at, r.offline, r.seq_no, COALESCE(string_to_array(NULLIF(r.flags, ''), ','), '{}'),
                    r.received_at
                FROM r JOIN ev ON ev.charge_point_id = r.key AND ev.transaction_ref = r.ref
                ON CONFLICT (charge_point_id, transaction_ref) DO NOTHING
                RETURNING charge_point_id, id, status)
            -- the outer query reads charging_session as it was before this statement: a session created here
            -- comes from the created CTE, one that existed from the table (LATERAL: one index lookup per row,
            -- never a join over the whole session history)
            SELECT r.key, ev.charge_point_id IS NOT NULL AS fresh, COALESCE(c.id, s.id) AS id,
                COALESCE(c.status, s.status) AS status, c.id IS NOT NULL AS created
            FROM r
            LEFT JOIN ev ON ev.charge_point_id = r.key AND ev.transaction_ref = r.ref
            LEFT JOIN created c ON c.charge_point_id = r.key
            LEFT JOIN LATERAL (SELECT id, status FROM charging_session
                WHERE charge_point_id = r.key AND transaction_ref = r.ref) s ON true""",
            List.of(String.class, String.class, Integer.class, String.class, String.class, OffsetDateTime.class,
                    Boolean.class, OffsetDateTime.class, Integer.class, Integer.class, String.class, String.class));

    /**
     * 2.0.1: what a Started (arriving after another event created the session) or an offline event changes on an
     * existing running session.
     */
    static final String AMEND_SESSION = """
            UPDATE charging_session SET
                started_at = CASE WHEN $2 = 'Started' THEN $3 ELSE started_at END,
                flags = CASE WHEN $2 = 'Started' THEN array_remove(flags, 'START_MISSING') ELSE flags END
                    || CASE WHEN $4 AND NOT ('OFFLINE' = ANY (flags)) THEN ARRAY['OFFLINE'] ELSE '{}'::text[] END,
                offline = offline OR $4,
                evse_id = COALESCE(evse_id, $5), connector_id = COALESCE(connector_id, $6),
                id_tag = COALESCE(id_tag, $7),
                last_seq_no = GREATEST(last_seq_no, $8), updated_at = $9
            WHERE id = $1 AND status = 'ACTIVE'""";

    /** Readings of a message for the session it names, if that session exists and still runs. */
    static final String INSERT_SESSION_SAMPLES = """
            INSERT INTO meter_value (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                source, context, register_wh, sampled_values)
            SELECT s.id, s.charge_point_id, s.evse_id, s.connector_id, r.sampled_at, $3, $4, r.context,
                r.register_wh, r.sampled_values::jsonb
            FROM charging_session s CROSS JOIN %s
            WHERE s.charge_point_id = $1 AND s.transaction_ref = $2 AND s.status = 'ACTIVE'
            ON CONFLICT DO NOTHING
            RETURNING session_id""".formatted(SampleColumns.unnest(5));

    /**
     * The meter values of every message of a group that reads into a running session, in one statement. A 2.0.1
     * row carries its event's seqNo and is stored only if this message recorded that event: a replay's event row
     * keeps the receive time of its first delivery. Runs after {@link #TRANSACTION_EVENTS} (stage 1 after 0) so
     * that it sees the events this group recorded.
     */
    static final StatementBatch READINGS_BATCH = new StatementBatch("meter values", 1, """
            INSERT INTO meter_value (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                source, context, register_wh, sampled_values)
            SELECT s.id, s.charge_point_id, s.evse_id, s.connector_id, r.sampled_at, r.received_at, r.source,
                r.context, r.register_wh, r.sampled_values::jsonb
            FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::timestamptz[], $6::text[],
                    $7::numeric[], $8::text[], $9::int[])
                AS r(key, ref, received_at, source, sampled_at, context, register_wh, sampled_values, seq_no)
            -- LATERAL: one index lookup per row. A plain join lets the planner hash-join the whole session
            -- history, which collapses throughput once there are a million sessions.
            CROSS JOIN LATERAL (SELECT id, charge_point_id, evse_id, connector_id FROM charging_session
                WHERE charge_point_id = r.key AND transaction_ref = r.ref AND status = 'ACTIVE') s
            WHERE r.seq_no IS NULL OR EXISTS (SELECT 1 FROM transaction_event e WHERE e.charge_point_id = r.key
                AND e.transaction_ref = r.ref AND e.seq_no = r.seq_no AND e.received_at = r.received_at)
            ON CONFLICT DO NOTHING
            RETURNING charge_point_id AS key, session_id""", List.of(String.class, String.class,
            OffsetDateTime.class, String.class, OffsetDateTime.class, String.class, BigDecimal.class, String.class,
            Integer.class));

    /** Readings not bound to a transaction (1.6 MeterValues without transactionId). */
    static final String INSERT_CONNECTOR_SAMPLES = """
            INSERT INTO meter_value (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                source, context, register_wh, sampled_values)
            SELECT NULL, $1, $2, $2, r.sampled_at, $3, $4, r.context, r.register_wh, r.sampled_values::jsonb
            FROM %s""".formatted(SampleColumns.unnest(5));

    static final String FIND_SESSION = """
            SELECT id, status, started_at, stopped_at, meter_stop_wh, evse_id, connector_id, id_tag, flags,
                meter_start_wh
            FROM charging_session WHERE charge_point_id = $1 AND transaction_ref = $2""";

    static final String LOCK_SESSION = FIND_SESSION + " FOR UPDATE";

    static final String REGISTER_READINGS = """
            SELECT sampled_at, register_wh FROM meter_value
            WHERE session_id = $1 AND register_wh IS NOT NULL ORDER BY sampled_at, id""";

    static final String COMPLETE = """
            UPDATE charging_session SET status = 'COMPLETED', stopped_at = $2, stop_received_at = $3,
                meter_start_wh = COALESCE(meter_start_wh, $4), meter_stop_wh = $5, energy_wh = $6, stop_reason = $7,
                id_tag = COALESCE(id_tag, $8), flags = $9::text[], updated_at = $3
            WHERE id = $1 AND status = 'ACTIVE'""";

    static final String ADD_FLAG = """
            UPDATE charging_session SET flags = array_append(flags, $2), updated_at = $3
            WHERE id = $1 AND NOT ($2 = ANY (flags))""";

    /** A flag raised after billing costed the session: shown with it, and up for review while its month is open. */
    static final String FLAG_COSTED_SESSION = """
            UPDATE costed_session SET flags = array_append(flags, $2),
                review = CASE WHEN review = 'NONE' AND EXISTS (SELECT 1 FROM statement s
                    WHERE s.id = costed_session.statement_id AND s.status = 'IN_PROGRESS') THEN 'NEEDS_REVIEW'
                    ELSE review END
            WHERE session_id = $1 AND NOT ($2 = ANY (flags))""";

    static final String QUARANTINE = """
            INSERT INTO ocpp_quarantine (charge_point_id, received_at, action, reason, payload)
            VALUES ($1, $2, $3, $4, $5::text::jsonb)""";
}
