package com.wallbill.central.session;

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
                INSERT INTO meter_sample (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                    source, context, measurand, phase, location, unit, value_raw, value, register_wh)
                SELECT s.id, $1, $2, $2, $4, $5, 'StartTransaction', 'Transaction.Begin',
                    'Energy.Active.Import.Register', '', '', 'Wh', $6::text, $6, $6
                FROM s
                ON CONFLICT DO NOTHING)
            SELECT id, ocpp16_transaction_id, created FROM s""";

    /**
     * 2.0.1: records the event by sequence number and creates or updates its session. A replay (same seqNo)
     * changes nothing; the first event seen of a transaction creates the session whatever its type.
     */
    static final String TRANSACTION_EVENT = """
            WITH ev AS (
                INSERT INTO transaction_event (charge_point_id, transaction_ref, seq_no, event_type, trigger_reason,
                    event_at, offline, received_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT DO NOTHING
                RETURNING 1),
            s AS (
                INSERT INTO charging_session (charge_point_id, ocpp_version, transaction_ref, evse_id, connector_id,
                    id_tag, status, started_at, start_received_at, offline, last_seq_no, flags, updated_at)
                SELECT $1, '2.0.1', $2, $9, $10, $11, 'ACTIVE', $6, $8, $7, $3, $12::text[], $8
                WHERE EXISTS (SELECT 1 FROM ev)
                ON CONFLICT (charge_point_id, transaction_ref) DO UPDATE SET
                    started_at = CASE WHEN $4 = 'Started' AND charging_session.status = 'ACTIVE'
                        THEN EXCLUDED.started_at ELSE charging_session.started_at END,
                    flags = CASE WHEN $4 = 'Started' AND charging_session.status = 'ACTIVE'
                        THEN array_remove(charging_session.flags, 'START_MISSING') ELSE charging_session.flags END
                        || CASE WHEN $7 AND NOT ('OFFLINE' = ANY (charging_session.flags))
                            THEN ARRAY['OFFLINE'] ELSE '{}'::text[] END,
                    evse_id = COALESCE(charging_session.evse_id, EXCLUDED.evse_id),
                    connector_id = COALESCE(charging_session.connector_id, EXCLUDED.connector_id),
                    id_tag = COALESCE(charging_session.id_tag, EXCLUDED.id_tag),
                    offline = charging_session.offline OR EXCLUDED.offline,
                    last_seq_no = GREATEST(charging_session.last_seq_no, EXCLUDED.last_seq_no),
                    updated_at = EXCLUDED.updated_at
                RETURNING id, status, xmax = 0 AS created, started_at)
            SELECT EXISTS (SELECT 1 FROM ev) AS fresh, s.id, s.status, s.created, s.started_at
            FROM (SELECT 1) one LEFT JOIN s ON true""";

    /** Readings of a message for the session it names, if that session exists and still runs. */
    static final String INSERT_SESSION_SAMPLES = """
            INSERT INTO meter_sample (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                source, context, measurand, phase, location, unit, value_raw, value, register_wh)
            SELECT s.id, s.charge_point_id, s.evse_id, s.connector_id, r.sampled_at, $3, $4, r.context, r.measurand,
                r.phase, r.location, r.unit, r.value_raw, r.value, r.register_wh
            FROM charging_session s CROSS JOIN %s
            WHERE s.charge_point_id = $1 AND s.transaction_ref = $2 AND s.status = 'ACTIVE'
            ON CONFLICT DO NOTHING""".formatted(SampleColumns.unnest(5));

    /** Readings not bound to a transaction (1.6 MeterValues without transactionId). */
    static final String INSERT_CONNECTOR_SAMPLES = """
            INSERT INTO meter_sample (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at,
                source, context, measurand, phase, location, unit, value_raw, value, register_wh)
            SELECT NULL, $1, $2, $2, r.sampled_at, $3, $4, r.context, r.measurand, r.phase, r.location, r.unit,
                r.value_raw, r.value, r.register_wh
            FROM %s""".formatted(SampleColumns.unnest(5));

    static final String FIND_SESSION = """
            SELECT id, status, started_at, stopped_at, meter_stop_wh, evse_id, connector_id, id_tag, flags,
                meter_start_wh
            FROM charging_session WHERE charge_point_id = $1 AND transaction_ref = $2""";

    static final String LOCK_SESSION = FIND_SESSION + " FOR UPDATE";

    static final String REGISTER_READINGS = """
            SELECT sampled_at, register_wh FROM meter_sample
            WHERE session_id = $1 AND register_wh IS NOT NULL ORDER BY sampled_at, id""";

    static final String COMPLETE = """
            UPDATE charging_session SET status = 'COMPLETED', stopped_at = $2, stop_received_at = $3,
                meter_start_wh = COALESCE(meter_start_wh, $4), meter_stop_wh = $5, energy_wh = $6, stop_reason = $7,
                id_tag = COALESCE(id_tag, $8), flags = $9::text[], updated_at = $3
            WHERE id = $1 AND status = 'ACTIVE'""";

    static final String ADD_FLAG = """
            UPDATE charging_session SET flags = array_append(flags, $2), updated_at = $3
            WHERE id = $1 AND NOT ($2 = ANY (flags))""";

    static final String QUARANTINE = """
            INSERT INTO ocpp_quarantine (charge_point_id, received_at, action, reason, payload)
            VALUES ($1, $2, $3, $4, $5::jsonb)""";
}
