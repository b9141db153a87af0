-- One million completed, costed sessions of history (with three register readings each and their journal frames), so
-- the benchmark shows whether per-message cost stays flat as history grows. Run against an empty Wallbill
-- schema: psql -v sessions=1000000 -f bench/seed-history.sql
\set ON_ERROR_STOP on
\if :{?sessions}
\else
  \set sessions 1000000
\endif
-- One transaction: the billing sweep must not find the sessions before their costed rows exist (it did, once
-- commits were flushed and the seed took minutes).
BEGIN;
INSERT INTO charge_point (id, auto_registered, vendor, model, ocpp_version, boot_accepted_at)
SELECT 'HIST-' || g, true, 'Wallbox', 'Pulsar Plus', 'ocpp1.6', now() FROM generate_series(1, 2000) g
ON CONFLICT DO NOTHING;

INSERT INTO charging_session (charge_point_id, ocpp_version, transaction_ref, ocpp16_transaction_id, evse_id,
    connector_id, id_tag, status, started_at, start_received_at, meter_start_wh, stopped_at, stop_received_at,
    meter_stop_wh, energy_wh, stop_reason, updated_at)
SELECT 'HIST-' || (g % 2000 + 1), '1.6', (nextval('ocpp16_transaction_id_seq'))::text, NULL, 1, 1, 'TAG-' || (g % 97),
    'COMPLETED', t, t, g * 10, t + interval '3 hours', t + interval '3 hours', g * 10 + 22200, 22200, 'EVDisconnected', t
FROM (SELECT g, now() - (g * interval '1 minute') AS t FROM generate_series(1, :sessions) g) s;

INSERT INTO meter_value (session_id, charge_point_id, evse_id, connector_id, sampled_at, received_at, source,
    context, register_wh, sampled_values)
SELECT s.id, s.charge_point_id, 1, 1, s.started_at + (k * interval '90 minutes'), s.started_at, 'MeterValues',
    'Sample.Periodic', s.meter_start_wh + k * 11100,
    jsonb_build_array(jsonb_build_object('value', (s.meter_start_wh + k * 11100)::text, 'unit', 'Wh'))
FROM charging_session s CROSS JOIN generate_series(0, 2) k
WHERE s.charge_point_id LIKE 'HIST-%';

INSERT INTO ocpp_journal (charge_point_id, connection_id, received_at, frame)
SELECT s.charge_point_id, 1, s.started_at, '[2,"' || s.id || '","MeterValues",{}]'
FROM charging_session s CROSS JOIN generate_series(1, 5) k
WHERE s.charge_point_id LIKE 'HIST-%';

-- History is costed: the billing sweep would otherwise cost this backlog, 1,000 sessions a minute, during the
-- measurement. The chargers are linked to no company, so the rows are what costing writes for unlinked sessions.
INSERT INTO costed_session (session_id, charge_point_id, billable, started_at, stopped_at, energy_wh)
SELECT s.id, s.charge_point_id, false, s.started_at, s.stopped_at, s.energy_wh
FROM charging_session s
WHERE s.charge_point_id LIKE 'HIST-%';
COMMIT;

-- Years of history would have been vacuumed and checkpointed long ago; a bulk load leaves that work (and the
-- autovacuum it triggers) to fall into the measured phase instead.
VACUUM ANALYZE;
CHECKPOINT;
