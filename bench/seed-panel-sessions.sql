-- One company with a year of history for the panel sessions benchmark: company 1 (Europe/Madrid, EUR, card
-- tok_visa, flat 0.15 EUR/kWh, 80 % refunds), :employees employees with one linked charger each (every fifth
-- device paid MANUAL by override, the others AUTOMATIC), and :sessions completed sessions spread evenly from
-- 1 December 2025 to 26 November 2026 (Madrid time), already costed into one IN_PROGRESS statement per month.
-- Every 50th session carries a data-quality flag and waits for review. The months before November are left for
-- the benchmark to close through the operator API, so sessions get their lines' real statuses.
--
-- Run once, on an empty Wallbill schema, as one transaction (no billing sweep sees a session without its costed
-- row): psql -1 -v sessions=N -v employees=N -f bench/seed-panel-sessions.sql
-- Sessions are inserted in stop order with ids following it, as live costing leaves them. Uses only psql variable
-- substitution, so bench/SqlRunner.java can run it too when psql is missing.

CREATE SCHEMA IF NOT EXISTS bench;

-- ISO 13616 check digits of a Spanish IBAN over bank 2100, a branch and an account ending in 4321.
CREATE FUNCTION bench.panel_iban(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'ES' || lpad((98 - (bban || '142800')::numeric % 97)::int::text, 2, '0') || bban
    FROM (SELECT '2100' || lpad((n % 10000)::text, 4, '0') || '00' || lpad((n % 1000000)::text, 6, '0') || '4321'
          AS bban) x
$$;

INSERT INTO company (id, name, code, time_zone, currency, tax_id, street_name, building_number, post_code,
    town_name, country_code, iban, bic, card_token, created_at)
OVERRIDING SYSTEM VALUE
VALUES (1, 'Bench Fleet S.L.', 'BENCHPANEL0001', 'Europe/Madrid', 'EUR', 'B00000001', 'Calle Mayor', '1', '28013',
    'Madrid', 'ES', bench.panel_iban(0), 'CAIXESBBXXX', 'tok_visa', '2025-01-01T00:00:00Z');

INSERT INTO rate (id, company_id, name, created_at) OVERRIDING SYSTEM VALUE
VALUES (1, 1, 'Standard', '2025-01-01T00:00:00Z');

INSERT INTO rate_version (id, rate_id, company_id, valid_from, rate_type, currency, tariff) OVERRIDING SYSTEM VALUE
VALUES (1, 1, 1, '2025-01-01T00:00:00Z', 'FLAT', 'EUR',
    '{"weekday":[{"from":"00:00","to":"24:00","pricePerKwh":"0.1500"}],"weekend":[{"from":"00:00","to":"24:00","pricePerKwh":"0.1500"}]}');

INSERT INTO company_terms (company_id, valid_from, refund_percent, payment_type, auto_activate, default_rate_id)
VALUES (1, '2025-01-01T00:00:00Z', 80, 'AUTOMATIC', true, 1);

INSERT INTO employee (id, name, email, iban, street_name, building_number, post_code, town_name, country_code,
    created_at)
OVERRIDING SYSTEM VALUE
SELECT e, 'Employee ' || lpad(e::text, 4, '0'), 'employee' || e || '@bench.example', bench.panel_iban(e),
    'Calle Alcalá', (e % 300 + 1)::text, '28014', 'Madrid', 'ES', '2025-01-01T00:00:00Z'
FROM generate_series(1, :employees) e;

INSERT INTO charge_point (id, auto_registered, registered_at, ocpp_version, vendor, model, boot_accepted_at)
SELECT 'BENCH-PANEL-' || lpad(e::text, 4, '0'), false, '2025-01-01T00:00:00Z', 'ocpp1.6', 'Wallbox', 'Pulsar Plus',
    '2025-01-01T00:00:00Z'
FROM generate_series(1, :employees) e;

INSERT INTO device_link (id, company_id, employee_id, charge_point_id, linked_at) OVERRIDING SYSTEM VALUE
SELECT e, 1, e, 'BENCH-PANEL-' || lpad(e::text, 4, '0'), '2025-01-01T00:00:00Z'
FROM generate_series(1, :employees) e;

INSERT INTO device_terms (link_id, valid_from, logging_active, payment_type)
SELECT e, '2025-01-01T00:00:00Z', true, CASE WHEN e % 5 = 0 THEN 'MANUAL' END
FROM generate_series(1, :employees) e;

INSERT INTO statement (id, company_id, month, status, currency) OVERRIDING SYSTEM VALUE
SELECT m, 1, (DATE '2025-12-01' + (m - 1) * interval '1 month')::date, 'IN_PROGRESS', 'EUR'
FROM generate_series(1, 12) m;

-- Stops spread evenly from 2025-12-01 00:00 to 2026-11-26 00:00 Madrid; 1 to 6 hours each; 2 to 40 kWh.
INSERT INTO charging_session (id, charge_point_id, ocpp_version, transaction_ref, ocpp16_transaction_id, evse_id,
    connector_id, id_tag, status, started_at, start_received_at, meter_start_wh, stopped_at, stop_received_at,
    meter_stop_wh, energy_wh, stop_reason, flags, updated_at)
OVERRIDING SYSTEM VALUE
SELECT g, 'BENCH-PANEL-' || lpad(e::text, 4, '0'), '1.6', g::text, g, 1, 1, 'TAG-' || e, 'COMPLETED',
    t - d, t - d, g * 100, t, t, g * 100 + wh, wh, 'EVDisconnected',
    CASE WHEN g % 50 = 0 THEN '{READING_GAP}'::text[] ELSE '{}' END, t
FROM (SELECT g, (hashint8(g) & 2147483647) % :employees + 1 AS e,
             TIMESTAMPTZ '2025-11-30T23:00:00Z' + (g - 1) * (interval '360 days' / :sessions) AS t,
             interval '1 hour' + (hashint8(-g) & 2147483647) % 300 * interval '1 minute' AS d,
             round(2000 + (hashint8(g + 7919) & 2147483647) % 380000 / 10.0, 1) AS wh
      FROM generate_series(1::bigint, :sessions) g) s;

INSERT INTO costed_session (session_id, charge_point_id, company_id, device_link_id, employee_id, billable,
    started_at, stopped_at, statement_id, late, energy_wh, cost_exact, cost, refund, currency, refund_percent,
    payment_type, rate_version_id, breakdown, flags, review, costed_at)
SELECT s.id, s.charge_point_id, 1, l.id, l.employee_id, true, s.started_at, s.stopped_at, st.id, false,
    s.energy_wh, round(s.energy_wh * 0.15 / 1000, 6), round(s.energy_wh * 0.15 / 1000, 2),
    round(round(s.energy_wh * 0.15 / 1000, 2) * 0.80, 2), 'EUR', 80,
    CASE WHEN l.id % 5 = 0 THEN 'MANUAL' ELSE 'AUTOMATIC' END, 1,
    jsonb_build_array(jsonb_build_object('dayType', 'WEEKDAY', 'from', '00:00', 'to', '24:00',
        'pricePerKwh', '0.1500', 'energyWh', s.energy_wh::text,
        'amount', round(s.energy_wh * 0.15 / 1000, 6)::text)),
    s.flags, CASE WHEN cardinality(s.flags) > 0 THEN 'NEEDS_REVIEW' ELSE 'NONE' END, s.stopped_at + interval '2 seconds'
FROM charging_session s
JOIN device_link l ON l.charge_point_id = s.charge_point_id
JOIN statement st ON st.company_id = 1
    AND st.month = date_trunc('month', s.stopped_at AT TIME ZONE 'Europe/Madrid')::date
WHERE s.charge_point_id LIKE 'BENCH-PANEL-%'
ORDER BY s.id;

SELECT setval(pg_get_serial_sequence('company', 'id'), 1),
       setval(pg_get_serial_sequence('rate', 'id'), 1),
       setval(pg_get_serial_sequence('rate_version', 'id'), 1),
       setval(pg_get_serial_sequence('statement', 'id'), 12),
       setval(pg_get_serial_sequence('employee', 'id'), :employees),
       setval(pg_get_serial_sequence('device_link', 'id'), :employees),
       setval(pg_get_serial_sequence('charging_session', 'id'), :sessions),
       setval('ocpp16_transaction_id_seq', :sessions);
