-- Employees' own chargers, the IBAN hold, and the audit log of money-relevant changes.

-- Who registered a charger on the employees' pages. A charger has at most one owner; only the owner sets its OCPP
-- password and links it to a company. Chargers registered by the operator have no owner until an employee claims
-- them.
CREATE TABLE charge_point_owner (
    charge_point_id     text        PRIMARY KEY REFERENCES charge_point (id),
    employee_id         bigint      NOT NULL REFERENCES employee (id),
    registered_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX charge_point_owner_employee ON charge_point_owner (employee_id, registered_at DESC);

-- employee.iban is stored encrypted ('v1:' + AES-256-GCM, see IbanVault); values written before encryption are
-- plain and still read. A change of IBAN holds the employee's automatic payouts until an admin of a linked
-- company confirms it: held while iban_changed_at is later than iban_confirmed_at (or nothing was confirmed).
ALTER TABLE employee ADD COLUMN iban_changed_at timestamptz;
ALTER TABLE employee ADD COLUMN iban_confirmed_at timestamptz;
ALTER TABLE employee ADD COLUMN iban_confirmed_by text;

-- A payout stopped by the hold keeps its status (REQUESTED or FAILED) and is not due (next_attempt_at infinity)
-- until the confirmation releases it.
ALTER TABLE payout ADD COLUMN held_at timestamptz;
CREATE INDEX payout_held ON payout (employee_id) WHERE held_at IS NOT NULL;

-- An employee's own sessions, newest first; the months they appear in from the index alone.
CREATE INDEX costed_session_employee ON costed_session (employee_id, stopped_at DESC, session_id DESC)
    INCLUDE (statement_id, billable) WHERE employee_id IS NOT NULL;
CREATE INDEX device_link_employee ON device_link (employee_id, linked_at DESC);

-- Every money-relevant change, per company, each entry chained to the one before by its hash (AuditLog has the
-- exact serialisation): changing or removing an entry breaks the chain from there on. seq numbers the company's
-- chain without gaps; appends are serialised per company, so the chain never forks.
CREATE TABLE audit_log (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    seq                 bigint      NOT NULL,
    at                  timestamptz NOT NULL,
    -- The panel user who made the change, or NULL for the operator API and the system (actor_email says which).
    actor_user_id       bigint,
    actor_email         text        NOT NULL,
    action              text        NOT NULL,
    entity              text        NOT NULL,
    entity_id           text,
    before              jsonb,
    after               jsonb,
    -- NULL for the first entry of a company.
    prev_hash           bytea,
    hash                bytea       NOT NULL,
    UNIQUE (company_id, seq)
);

-- Append-only: the database itself refuses to change or remove entries, whoever asks.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
