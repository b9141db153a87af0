-- Closing a month sums its sessions per employee and device. With the summed columns in the index the sums come
-- from the index alone (sessions costed during the month are all-visible by its end), instead of one table page
-- per session scattered over the whole table.
DROP INDEX costed_session_statement;
CREATE INDEX costed_session_statement ON costed_session (statement_id)
    INCLUDE (billable, review, company_id, employee_id, device_link_id, charge_point_id, payment_type, energy_wh,
             cost, refund)
    WHERE statement_id IS NOT NULL;
