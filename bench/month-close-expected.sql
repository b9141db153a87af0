-- Before the close (month-close benchmark): what closing :'month' must produce, computed straight from the
-- costed sessions of the month's statements, with no code shared with MonthClose; and timing probes.

-- One row per (employee, device, payment type): the lines the close must write.
CREATE TABLE bench.expected_line AS
SELECT cs.company_id, cs.employee_id, cs.device_link_id, cs.charge_point_id, cs.payment_type,
       count(*) AS sessions, sum(cs.energy_wh) AS energy_wh, sum(cs.cost) AS cost, sum(cs.refund) AS refund
FROM costed_session cs JOIN statement s ON s.id = cs.statement_id
WHERE s.month = :'month'
GROUP BY cs.company_id, cs.employee_id, cs.device_link_id, cs.charge_point_id, cs.payment_type;

CREATE TABLE bench.expected_company AS
SELECT cs.company_id, count(*) AS sessions, sum(cs.energy_wh) AS energy_wh, sum(cs.cost) AS cost,
       sum(cs.refund) AS refund,
       COALESCE(sum(cs.refund) FILTER (WHERE cs.payment_type = 'AUTOMATIC'), 0) AS automatic_refund
FROM costed_session cs JOIN statement s ON s.id = cs.statement_id
WHERE s.month = :'month'
GROUP BY cs.company_id;

-- One payout per employee with automatic refunds (and so one card charge per company with any).
CREATE TABLE bench.expected_payout AS
SELECT cs.company_id, cs.employee_id, sum(cs.refund) AS amount
FROM costed_session cs JOIN statement s ON s.id = cs.statement_id
WHERE s.month = :'month' AND cs.payment_type = 'AUTOMATIC'
GROUP BY cs.company_id, cs.employee_id HAVING sum(cs.refund) > 0;

CREATE TABLE bench.baseline AS SELECT (SELECT count(*) FROM costed_session) AS costed_sessions;

-- Timing probes: the app writes no timestamp at the end of each step, so triggers note the wall clock
-- (clock_timestamp(), not the transaction's now()) when each step writes. A handful of rows per company.
CREATE TABLE bench.event (
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    kind            text        NOT NULL,
    statement_id    bigint
);

CREATE FUNCTION bench.note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
        INSERT INTO bench.event (kind) VALUES (TG_ARGV[0]);
    ELSIF TG_TABLE_NAME = 'statement' THEN
        INSERT INTO bench.event (kind, statement_id) VALUES (TG_ARGV[0], NEW.id);
    ELSE
        INSERT INTO bench.event (kind, statement_id) VALUES (TG_ARGV[0], NEW.statement_id);
    END IF;
    RETURN NULL;
END $$;

-- Freeze: lines written (INSERT ... SELECT ... GROUP BY), totals set, charge and payouts inserted.
CREATE TRIGGER bench_lines AFTER INSERT ON statement_line FOR EACH STATEMENT EXECUTE FUNCTION bench.note('lines');
CREATE TRIGGER bench_totals AFTER UPDATE ON statement FOR EACH ROW
    WHEN (OLD.status = 'IN_PROGRESS' AND NEW.status = 'CLOSED') EXECUTE FUNCTION bench.note('totals');
CREATE TRIGGER bench_payouts AFTER INSERT ON payout FOR EACH STATEMENT EXECUTE FUNCTION bench.note('frozen');
-- Invoice stored (after its PDF is rendered).
CREATE TRIGGER bench_invoice AFTER INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION bench.note('invoice');
-- Payments settled.
CREATE TRIGGER bench_charge AFTER UPDATE ON card_charge FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('SUCCEEDED', 'FAILED'))
    EXECUTE FUNCTION bench.note('charge');
CREATE TRIGGER bench_payout AFTER UPDATE ON payout FOR EACH ROW
    WHEN (NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('SUCCEEDED', 'FAILED'))
    EXECUTE FUNCTION bench.note('payout');

-- What was expected, for the report.
SELECT count(*), sum(sessions), sum(refund), sum(automatic_refund),
       count(*) FILTER (WHERE automatic_refund > 0), (SELECT count(*) FROM bench.expected_payout)
FROM bench.expected_company;
