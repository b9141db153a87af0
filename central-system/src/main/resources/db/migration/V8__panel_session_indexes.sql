-- The business panel's session list and export (admin-api, com.wallbill.panel.sessions): only billable sessions
-- are listed, so the indexes are partial. There is one per order the list offers (stop time, energy, refund),
-- each ending in session_id so that every order is total and a keyset cursor continues a page where the last one
-- ended; and one per filter a list is usually narrowed by (employee, device), ordered by stop time. The sort
-- indexes carry the filter columns too, so a filtered page in another order is read from the index alone.
CREATE INDEX costed_session_panel_stopped ON costed_session (company_id, stopped_at, session_id)
    INCLUDE (employee_id, charge_point_id) WHERE billable;
CREATE INDEX costed_session_panel_energy ON costed_session (company_id, energy_wh, session_id)
    INCLUDE (employee_id, charge_point_id, stopped_at) WHERE billable;
CREATE INDEX costed_session_panel_refund ON costed_session (company_id, refund, session_id)
    INCLUDE (employee_id, charge_point_id, stopped_at) WHERE billable;
CREATE INDEX costed_session_panel_employee ON costed_session (company_id, employee_id, stopped_at, session_id)
    WHERE billable;
CREATE INDEX costed_session_panel_device ON costed_session (company_id, charge_point_id, stopped_at, session_id)
    WHERE billable;
