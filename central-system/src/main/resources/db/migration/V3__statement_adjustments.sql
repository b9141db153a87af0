-- Corrections of closed months. A closed month is never edited: a decision that changes what a closed month's
-- session should have paid (an admin excluding it after the close, or accepting it again) becomes an adjustment
-- in the month open at the time, with the amounts to add (negative to take back).
CREATE TABLE statement_adjustment (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    statement_id        bigint      NOT NULL REFERENCES statement (id),
    session_id          bigint      NOT NULL REFERENCES costed_session (session_id),
    corrects_statement_id bigint    NOT NULL REFERENCES statement (id),
    employee_id         bigint      NOT NULL REFERENCES employee (id),
    device_link_id      bigint      NOT NULL REFERENCES device_link (id),
    charge_point_id     text        NOT NULL,
    payment_type        text        NOT NULL CHECK (payment_type IN ('AUTOMATIC', 'MANUAL')),
    energy_wh           numeric     NOT NULL,
    cost                numeric(14,2) NOT NULL,
    refund              numeric(14,2) NOT NULL,
    reason              text        NOT NULL,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statement_adjustment_statement ON statement_adjustment (statement_id);

-- Adjustments get lines of their own, next to the month's sessions; their amounts may be negative.
ALTER TABLE statement_line ADD COLUMN kind text NOT NULL DEFAULT 'SESSIONS'
    CHECK (kind IN ('SESSIONS', 'ADJUSTMENT'));
ALTER TABLE statement_line DROP CONSTRAINT statement_line_statement_id_device_link_id_payment_type_key;
ALTER TABLE statement_line ADD CONSTRAINT statement_line_key UNIQUE (statement_id, device_link_id, payment_type, kind);
