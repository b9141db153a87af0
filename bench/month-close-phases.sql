-- After the close (month-close benchmark): where the run's wall time went, from the probes of
-- month-close-expected.sql. Companies close one after the other, each freeze -> invoice -> payments, so every
-- company owns the window from its freeze's start (statement.closed_at, the transaction's start) to the next
-- company's, split at the probes:
--   freeze   = closed_at .. payouts inserted   (of which lines = closed_at .. statement_line INSERT done)
--   invoice  = freeze done .. invoice stored   (commit of the freeze, lines read, PDF rendered, stored)
--   payments = invoice stored .. next company's freeze starts (card charge, payouts, lines COMPLETED)
-- before = run start .. first freeze (uncosted-session sweep, due-months query); after = rest of the run.
-- Output: one line of seconds: before|freeze|lines|invoice|payments|after|companies|max freeze|max invoice|max payments
CREATE INDEX IF NOT EXISTS bench_event_kind ON bench.event (kind, at);
CREATE INDEX IF NOT EXISTS bench_event_statement ON bench.event (statement_id, kind);
ANALYZE bench.event;
WITH s AS (
    SELECT id, closed_at AS t0, lead(closed_at) OVER (ORDER BY closed_at, id) AS t_next
    FROM statement WHERE month = :'month' AND closed_at >= to_timestamp(:run_start)),
w AS (
    SELECT s.id, s.t0,
           (SELECT min(at) FROM bench.event e WHERE e.kind = 'lines'
               AND e.at >= s.t0 AND e.at < COALESCE(s.t_next, 'infinity')) AS t_lines,
           (SELECT min(at) FROM bench.event e WHERE e.kind = 'frozen'
               AND e.at >= s.t0 AND e.at < COALESCE(s.t_next, 'infinity')) AS t_frozen,
           (SELECT min(at) FROM bench.event e WHERE e.kind = 'invoice' AND e.statement_id = s.id) AS t_invoice,
           COALESCE(s.t_next, (SELECT max(at) FROM bench.event e WHERE e.at >= s.t0)) AS t_end
    FROM s),
p AS (
    SELECT id, t0, t_end,
           extract(epoch FROM t_frozen - t0) AS freeze_s,
           extract(epoch FROM t_lines - t0) AS lines_s,
           extract(epoch FROM COALESCE(t_invoice, t_frozen) - t_frozen) AS invoice_s,
           extract(epoch FROM greatest(t_end, COALESCE(t_invoice, t_frozen)) - COALESCE(t_invoice, t_frozen))
               AS payments_s
    FROM w)
SELECT round(extract(epoch FROM min(t0)) - :run_start, 3),
       round(sum(freeze_s), 3), round(sum(lines_s), 3), round(sum(invoice_s), 3), round(sum(payments_s), 3),
       round(:run_end - extract(epoch FROM max(greatest(t_end, t0))), 3),
       count(*),
       round(max(freeze_s) * 1000, 1), round(max(invoice_s) * 1000, 1), round(max(payments_s) * 1000, 1)
FROM p;
