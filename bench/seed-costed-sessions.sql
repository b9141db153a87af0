-- A costed October 2026 for the month-close benchmark: :companies companies (Europe/Madrid, EUR, card
-- tok_visa; every fifth pays MANUAL, every fiftieth refunds 0 %), each with one flat rate, its terms and
-- :employees_per_company employees (valid ES IBANs), one linked charger each, and :sessions completed
-- sessions spread over the chargers, already costed into the company's IN_PROGRESS October statement.
-- Sessions carry only their costed amounts (no meter values): the close never reads readings.
--
-- Run once, on an empty Wallbill schema, as one transaction (so no billing sweep sees a session without its
-- costed row): psql -1 -v sessions=N -v companies=N -v employees_per_company=N -f bench/seed-costed-sessions.sql
-- Ids are set explicitly (company i, its rate i, rate version i, statement i; employee = device link) and the
-- identity sequences moved past them, so the app's own inserts continue after the seed.
-- Uses only psql variable substitution, so bench/SqlRunner.java can run it too when psql is missing.

CREATE SCHEMA IF NOT EXISTS bench;

-- ISO 13616 check digits of a Spanish IBAN: 98 - (BBAN || "ES00" as digits) mod 97.
CREATE FUNCTION bench.es_iban(bban text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT 'ES' || lpad((98 - (bban || '142800')::numeric % 97)::int::text, 2, '0') || bban
$$;

-- Spanish national check digit (CCC "DC") over ten digits.
CREATE FUNCTION bench.es_dc(digits text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE v WHEN 11 THEN '0' WHEN 10 THEN '1' ELSE v::text END
    FROM (SELECT 11 - sum(substr(digits, i, 1)::int * (ARRAY[1, 2, 4, 8, 5, 10, 9, 7, 3, 6])[i]) % 11 AS v
          FROM generate_series(1, 10) i) x
$$;

-- Bank 2100, branch from the number, account ending in 4321 (the sandbox refuses accounts ending in 0000).
CREATE FUNCTION bench.es_iban_for(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT bench.es_iban('2100' || branch || bench.es_dc('002100' || branch) || bench.es_dc(account) || account)
    FROM (SELECT lpad((n % 10000)::text, 4, '0') AS branch, lpad((n % 1000000)::text, 6, '0') || '4321' AS account) x
$$;

INSERT INTO company (id, name, code, time_zone, currency, tax_id, street_name, building_number, post_code,
    town_name, country_code, iban, bic, card_token, created_at)
OVERRIDING SYSTEM VALUE
SELECT g, 'Bench Company ' || g, 'BENCH' || lpad(g::text, 7, '0'), 'Europe/Madrid', 'EUR',
    'B' || lpad(g::text, 8, '0'), 'Calle Mayor', (g % 200 + 1)::text, '28013', 'Madrid', 'ES',
    bench.es_iban_for(g), 'CAIXESBBXXX', 'tok_visa', '2026-01-01T00:00:00Z'
FROM generate_series(1, :companies) g;

INSERT INTO rate (id, company_id, name, created_at) OVERRIDING SYSTEM VALUE
SELECT g, g, 'Standard', '2026-01-01T00:00:00Z' FROM generate_series(1, :companies) g;

-- Flat prices from 0.1200 to 0.2100 EUR/kWh.
INSERT INTO rate_version (id, rate_id, company_id, valid_from, rate_type, currency, tariff) OVERRIDING SYSTEM VALUE
SELECT g, g, g, '2026-01-01T00:00:00Z', 'FLAT', 'EUR',
    jsonb_build_object('weekday', slots, 'weekend', slots)
FROM generate_series(1, :companies) g
CROSS JOIN LATERAL (SELECT jsonb_build_array(jsonb_build_object('from', '00:00', 'to', '24:00',
    'pricePerKwh', to_char(0.12 + (g % 10) * 0.01, 'FM0.0000'))) AS slots) s;

INSERT INTO company_terms (company_id, valid_from, refund_percent, payment_type, auto_activate, default_rate_id)
SELECT g, '2026-01-01T00:00:00Z',
    CASE WHEN g % 50 = 7 THEN 0 WHEN g % 10 = 3 THEN 80 ELSE 100 END,
    CASE WHEN g % 5 = 0 THEN 'MANUAL' ELSE 'AUTOMATIC' END, true, g
FROM generate_series(1, :companies) g;

INSERT INTO employee (id, name, email, iban, street_name, building_number, post_code, town_name, country_code,
    created_at)
OVERRIDING SYSTEM VALUE
SELECT e, 'Employee ' || e, 'employee' || e || '@bench.example', bench.es_iban_for(e), 'Calle Alcalá',
    (e % 300 + 1)::text, '28014', 'Madrid', 'ES', '2026-01-01T00:00:00Z'
FROM generate_series(1, :companies * :employees_per_company) e;

INSERT INTO charge_point (id, auto_registered, registered_at, ocpp_version, vendor, model, boot_accepted_at)
SELECT 'BENCH-' || lpad(e::text, 7, '0'), false, '2026-01-01T00:00:00Z', 'ocpp1.6', 'Wallbox', 'Pulsar Plus',
    '2026-01-01T00:00:00Z'
FROM generate_series(1, :companies * :employees_per_company) e;

-- Employee e works for company (e - 1) / employees_per_company + 1 and links charger BENCH-e.
INSERT INTO device_link (id, company_id, employee_id, charge_point_id, linked_at) OVERRIDING SYSTEM VALUE
SELECT e, (e - 1) / :employees_per_company + 1, e, 'BENCH-' || lpad(e::text, 7, '0'), '2026-01-01T00:00:00Z'
FROM generate_series(1, :companies * :employees_per_company) e;

INSERT INTO device_terms (link_id, valid_from, logging_active)
SELECT e, '2026-01-01T00:00:00Z', true FROM generate_series(1, :companies * :employees_per_company) e;

INSERT INTO statement (id, company_id, month, status, currency) OVERRIDING SYSTEM VALUE
SELECT g, g, DATE '2026-10-01', 'IN_PROGRESS', 'EUR' FROM generate_series(1, :companies) g;

-- Sessions in time order (ids and rows follow their start, as live traffic leaves them), each on a charger
-- picked by a hash, so one company's sessions are scattered over the whole table, a few per page at most.
-- Starts spread evenly over 1-30 October Madrid time, 1 to 6 hours each, 2 to 40 kWh with a tenth of a Wh.
INSERT INTO charging_session (id, charge_point_id, ocpp_version, transaction_ref, ocpp16_transaction_id, evse_id,
    connector_id, id_tag, status, started_at, start_received_at, meter_start_wh, stopped_at, stop_received_at,
    meter_stop_wh, energy_wh, stop_reason, updated_at)
OVERRIDING SYSTEM VALUE
SELECT g, 'BENCH-' || lpad(e::text, 7, '0'), '1.6', g::text, g, 1, 1, 'TAG-' || e, 'COMPLETED',
    t, t, g * 100, t + d, t + d, g * 100 + wh, wh, 'EVDisconnected', t + d
FROM (SELECT g, (hashint8(g) & 2147483647) % (:companies * :employees_per_company) + 1 AS e,
             TIMESTAMPTZ '2026-09-30T22:00:00Z' + (g - 1) * (interval '30 days' / :sessions) AS t,
             interval '1 hour' + (hashint8(-g) & 2147483647) % 300 * interval '1 minute' AS d,
             round(2000 + (hashint8(g + 7919) & 2147483647) % 380000 / 10.0, 1) AS wh
      FROM generate_series(1::bigint, :sessions) g) s;

-- Costed as SessionCosting would for a flat rate: cost_exact = kWh x price, cost rounded to the cent, refund
-- = cost x percent rounded to the cent; payment type from the company's terms.
INSERT INTO costed_session (session_id, charge_point_id, company_id, device_link_id, employee_id, billable,
    started_at, stopped_at, statement_id, late, energy_wh, cost_exact, cost, refund, currency, refund_percent,
    payment_type, rate_version_id, breakdown, flags, review, costed_at)
SELECT s.id, s.charge_point_id, l.company_id, l.id, l.employee_id, true, s.started_at, s.stopped_at,
    l.company_id, false, s.energy_wh, x.cost_exact, x.cost, round(x.cost * t.refund_percent / 100, 2), 'EUR',
    t.refund_percent, t.payment_type, l.company_id,
    jsonb_build_array(jsonb_build_object('dayType', 'WEEKDAY', 'from', '00:00', 'to', '24:00',
        'pricePerKwh', x.price::text, 'energyWh', s.energy_wh::text, 'amount', x.cost_exact::text)),
    '{}', 'NONE', s.stopped_at + interval '2 seconds'
FROM charging_session s
JOIN device_link l ON l.charge_point_id = s.charge_point_id
JOIN company_terms t ON t.company_id = l.company_id
JOIN rate_version rv ON rv.id = l.company_id
CROSS JOIN LATERAL (SELECT p AS price, round(s.energy_wh * p / 1000, 6) AS cost_exact,
                           round(s.energy_wh * p / 1000, 2) AS cost
                    FROM (SELECT (rv.tariff -> 'weekday' -> 0 ->> 'pricePerKwh')::numeric AS p) q) x
WHERE s.charge_point_id LIKE 'BENCH-%'
ORDER BY s.id;   -- costed in the order the sessions ended, as the live costing writes them

SELECT setval(pg_get_serial_sequence('company', 'id'), :companies),
       setval(pg_get_serial_sequence('rate', 'id'), :companies),
       setval(pg_get_serial_sequence('rate_version', 'id'), :companies),
       setval(pg_get_serial_sequence('statement', 'id'), :companies),
       setval(pg_get_serial_sequence('employee', 'id'), :companies * :employees_per_company),
       setval(pg_get_serial_sequence('device_link', 'id'), :companies * :employees_per_company),
       setval(pg_get_serial_sequence('charging_session', 'id'), :sessions),
       setval('ocpp16_transaction_id_seq', :sessions);
