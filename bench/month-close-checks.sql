-- After the close (month-close benchmark): what the close wrote against bench.expected_* (computed before it).
-- One row per check: name|PASS or FAIL|detail.
WITH oct AS (SELECT * FROM statement WHERE month = :'month'),
company_lines AS (
    SELECT l.company_id, sum(l.sessions) AS sessions, sum(l.energy_wh) AS energy_wh, sum(l.cost) AS cost,
           sum(l.refund) AS refund
    FROM statement_line l JOIN oct ON oct.id = l.statement_id GROUP BY l.company_id),
checks (name, bad, detail) AS (
    SELECT 'every statement CLOSED', count(*) FILTER (WHERE status <> 'CLOSED'),
           count(*) FILTER (WHERE status = 'CLOSED') || ' of ' || count(*) || ' closed'
    FROM statement
  UNION ALL
    SELECT 'statement totals = expected per company', count(*), count(*) || ' companies differ'
    FROM oct FULL JOIN bench.expected_company e ON e.company_id = oct.company_id
    WHERE (oct.sessions, oct.energy_wh, oct.cost, oct.refund) IS DISTINCT FROM
          (e.sessions, e.energy_wh, e.cost, e.refund)
  UNION ALL
    SELECT 'line sums = expected per company', count(*), count(*) || ' companies differ'
    FROM company_lines l FULL JOIN bench.expected_company e ON e.company_id = l.company_id
    WHERE (l.sessions, l.energy_wh, l.cost, l.refund) IS DISTINCT FROM (e.sessions, e.energy_wh, e.cost, e.refund)
  UNION ALL
    SELECT 'lines = expected (employee, device, payment type)', count(*),
           count(*) || ' lines differ of ' || (SELECT count(*) FROM bench.expected_line)
    FROM (SELECT l.* FROM statement_line l JOIN oct ON oct.id = l.statement_id) l
    FULL JOIN bench.expected_line e ON (e.company_id, e.device_link_id, e.payment_type)
        = (l.company_id, l.device_link_id, l.payment_type)
    WHERE (l.employee_id, l.charge_point_id, l.sessions, l.energy_wh, l.cost, l.refund)
        IS DISTINCT FROM (e.employee_id, e.charge_point_id, e.sessions, e.energy_wh, e.cost, e.refund)
  UNION ALL
    SELECT 'one card charge per AUTOMATIC company with refunds, SUCCEEDED', count(*),
           count(*) || ' companies wrong; ' || (SELECT count(*) FROM card_charge) || ' charges, '
           || (SELECT count(*) FROM bench.expected_company WHERE automatic_refund > 0) || ' expected'
    FROM (SELECT ch.* FROM card_charge ch JOIN oct ON oct.id = ch.statement_id) ch
    FULL JOIN (SELECT * FROM bench.expected_company WHERE automatic_refund > 0) e ON e.company_id = ch.company_id
    WHERE ch.id IS NULL OR e.company_id IS NULL OR ch.amount <> e.automatic_refund OR ch.status <> 'SUCCEEDED'
  UNION ALL
    SELECT 'one payout per employee with automatic refunds, SUCCEEDED', count(*),
           count(*) || ' employees wrong; ' || (SELECT count(*) FROM payout) || ' payouts, '
           || (SELECT count(*) FROM bench.expected_payout) || ' expected'
    FROM (SELECT p.* FROM payout p JOIN oct ON oct.id = p.statement_id) p
    FULL JOIN bench.expected_payout e ON (e.company_id, e.employee_id) = (p.company_id, p.employee_id)
    WHERE p.id IS NULL OR e.employee_id IS NULL OR p.amount <> e.amount OR p.status <> 'SUCCEEDED'
  UNION ALL
    SELECT 'one invoice per company, total = refunds', count(*),
           count(*) || ' companies wrong; ' || (SELECT count(*) FROM invoice) || ' invoices'
    FROM (SELECT i.* FROM invoice i JOIN oct ON oct.id = i.statement_id) i
    FULL JOIN bench.expected_company e ON e.company_id = i.company_id
    WHERE i.id IS NULL OR e.company_id IS NULL OR i.total <> e.refund OR length(i.pdf) = 0
  UNION ALL
    SELECT 'automatic lines COMPLETED', count(*) FILTER (WHERE l.status <> 'COMPLETED'),
           count(*) FILTER (WHERE l.status = 'COMPLETED') || ' of ' || count(*)
           || ' completed (' || count(*) FILTER (WHERE l.status_reason = 'Nothing to pay') || ' with nothing to pay)'
    FROM statement_line l JOIN oct ON oct.id = l.statement_id WHERE l.payment_type = 'AUTOMATIC'
  UNION ALL
    SELECT 'manual lines PENDING', count(*) FILTER (WHERE l.status <> 'PENDING'),
           count(*) FILTER (WHERE l.status = 'PENDING') || ' of ' || count(*) || ' pending'
    FROM statement_line l JOIN oct ON oct.id = l.statement_id WHERE l.payment_type = 'MANUAL'
  UNION ALL
    SELECT 'sandbox moved exactly the automatic refunds', count(*) FILTER (WHERE NOT ok),
           string_agg(kind || ' ' || n || ' x, ' || total, '; ')
    FROM (SELECT k.kind, COALESCE(x.n, 0) AS n, COALESCE(x.total, 0) AS total,
                 COALESCE(x.total, 0) = (SELECT sum(automatic_refund) FROM bench.expected_company)
                 AND COALESCE(x.failed, 0) = 0 AND COALESCE(x.n, 0) = k.expected AS ok
          FROM (VALUES ('CARD_CHARGE', (SELECT count(*) FROM bench.expected_company WHERE automatic_refund > 0)),
                       ('PAYOUT', (SELECT count(*) FROM bench.expected_payout))) k(kind, expected)
          LEFT JOIN (SELECT kind, count(*) AS n, sum(amount) AS total, count(*) FILTER (WHERE NOT succeeded) AS failed
                     FROM sandbox_ledger GROUP BY kind) x ON x.kind = k.kind) m
  UNION ALL
    SELECT 'no session costed or lost by the run', abs((SELECT count(*) FROM costed_session) - b.costed_sessions),
           (SELECT count(*) FROM costed_session) || ' costed sessions, ' || b.costed_sessions || ' before'
    FROM bench.baseline b)
SELECT name, CASE WHEN bad = 0 THEN 'PASS' ELSE 'FAIL' END, detail FROM checks;
