-- Billing: companies, employees, device links, rates, costed sessions, monthly statements, payments, invoices.
-- Every company-owned row carries company_id. Settings that change what a session costs are effective-dated
-- (a new row per change, valid_from), so a session is always priced with the terms in force when it started.

CREATE TABLE company (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                text        NOT NULL,
    -- Shared with employees to link their chargers: unique and hard to guess.
    code                text        NOT NULL UNIQUE,
    time_zone           text        NOT NULL,
    currency            char(3)     NOT NULL,
    tax_id              text,
    street_name         text,
    building_number     text,
    post_code           text,
    town_name           text,
    country_code        char(2),
    -- Debtor account of SEPA transfer files (manual payment).
    iban                text,
    bic                 text,
    -- Payment provider token of the card charged at month end (never a card number).
    card_token          text,
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rate (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    name                text        NOT NULL,
    deleted_at          timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX rate_name ON rate (company_id, lower(name)) WHERE deleted_at IS NULL;

-- A rate's tariff over time: editing a rate adds a version; sessions keep the version they were priced with.
CREATE TABLE rate_version (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rate_id             bigint      NOT NULL REFERENCES rate (id),
    company_id          bigint      NOT NULL REFERENCES company (id),
    valid_from          timestamptz NOT NULL,
    rate_type           text        NOT NULL CHECK (rate_type IN ('FLAT', 'HOURLY')),
    currency            char(3)     NOT NULL,
    -- {"weekday":[{"from":"00:00","to":"24:00","pricePerKwh":"0.15"}],"weekend":[...]}
    tariff              jsonb       NOT NULL,
    UNIQUE (rate_id, valid_from)
);

-- The company's billing settings over time. The default rate lives here, so there is exactly one at all times
-- and making another rate the default is a single insert.
CREATE TABLE company_terms (
    company_id          bigint      NOT NULL REFERENCES company (id),
    valid_from          timestamptz NOT NULL,
    refund_percent      numeric(5,2) NOT NULL CHECK (refund_percent BETWEEN 0 AND 100),
    payment_type        text        NOT NULL CHECK (payment_type IN ('AUTOMATIC', 'MANUAL')),
    auto_activate       boolean     NOT NULL,
    default_rate_id     bigint      NOT NULL REFERENCES rate (id),
    PRIMARY KEY (company_id, valid_from)
);

CREATE TABLE employee (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                text        NOT NULL,
    email               text,
    iban                text,
    bic                 text,
    street_name         text,
    building_number     text,
    post_code           text,
    town_name           text,
    country_code        char(2),
    created_at          timestamptz NOT NULL DEFAULT now()
);

-- A charger linked to a company by an employee, for the time [linked_at, unlinked_at).
CREATE TABLE device_link (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    employee_id         bigint      NOT NULL REFERENCES employee (id),
    charge_point_id     text        NOT NULL,
    linked_at           timestamptz NOT NULL,
    unlinked_at         timestamptz,
    CHECK (unlinked_at IS NULL OR unlinked_at >= linked_at)
);
CREATE UNIQUE INDEX device_link_current ON device_link (charge_point_id) WHERE unlinked_at IS NULL;
CREATE INDEX device_link_charge_point ON device_link (charge_point_id, linked_at DESC);
CREATE INDEX device_link_company ON device_link (company_id);

-- Per-device overrides over time; NULL means "the company's value".
CREATE TABLE device_terms (
    link_id             bigint      NOT NULL REFERENCES device_link (id),
    valid_from          timestamptz NOT NULL,
    logging_active      boolean     NOT NULL,
    payment_type        text        CHECK (payment_type IN ('AUTOMATIC', 'MANUAL')),
    refund_percent      numeric(5,2) CHECK (refund_percent BETWEEN 0 AND 100),
    rate_id             bigint      REFERENCES rate (id),
    PRIMARY KEY (link_id, valid_from)
);

CREATE TABLE statement (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    -- First day of the calendar month in the company's time zone.
    month               date        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('IN_PROGRESS', 'CLOSED')),
    currency            char(3)     NOT NULL,
    closed_at           timestamptz,
    sessions            integer,
    energy_wh           numeric,
    cost                numeric(14,2),
    refund              numeric(14,2),
    UNIQUE (company_id, month)
);

-- Every completed session billing has seen: costed with the terms in force at its start, or recorded as not
-- billed (charger not linked, or logging inactive). The session id makes costing idempotent.
CREATE TABLE costed_session (
    session_id          bigint      PRIMARY KEY REFERENCES charging_session (id),
    charge_point_id     text        NOT NULL,
    company_id          bigint      REFERENCES company (id),
    device_link_id      bigint      REFERENCES device_link (id),
    employee_id         bigint      REFERENCES employee (id),
    billable            boolean     NOT NULL,
    started_at          timestamptz,
    stopped_at          timestamptz NOT NULL,
    statement_id        bigint      REFERENCES statement (id),
    -- Arrived after the month it ended in was closed: billed in the then-open month, with its real dates.
    late                boolean     NOT NULL DEFAULT false,
    energy_wh           numeric     NOT NULL,
    cost_exact          numeric(20,6),
    cost                numeric(14,2),
    refund              numeric(14,2),
    currency            char(3),
    refund_percent      numeric(5,2),
    payment_type        text,
    rate_version_id     bigint      REFERENCES rate_version (id),
    breakdown           jsonb,
    flags               text[]      NOT NULL DEFAULT '{}',
    -- NONE, or for flagged sessions NEEDS_REVIEW until an admin ACCEPTED or EXCLUDED it.
    review              text        NOT NULL DEFAULT 'NONE'
        CHECK (review IN ('NONE', 'NEEDS_REVIEW', 'ACCEPTED', 'EXCLUDED')),
    reviewed_by         text,
    reviewed_at         timestamptz,
    costed_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX costed_session_statement ON costed_session (statement_id) WHERE statement_id IS NOT NULL;
CREATE INDEX costed_session_company ON costed_session (company_id, stopped_at DESC);

-- One line per employee, device and payment type, written when the month closes.
CREATE TABLE statement_line (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id        bigint      NOT NULL REFERENCES statement (id),
    company_id          bigint      NOT NULL REFERENCES company (id),
    employee_id         bigint      NOT NULL REFERENCES employee (id),
    device_link_id      bigint      NOT NULL REFERENCES device_link (id),
    charge_point_id     text        NOT NULL,
    payment_type        text        NOT NULL CHECK (payment_type IN ('AUTOMATIC', 'MANUAL')),
    sessions            integer     NOT NULL,
    energy_wh           numeric     NOT NULL,
    cost                numeric(14,2) NOT NULL,
    refund              numeric(14,2) NOT NULL,
    status              text        NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED')),
    status_reason       text,
    completed_at        timestamptz,
    completed_by        text,
    UNIQUE (statement_id, device_link_id, payment_type)
);
CREATE INDEX statement_line_employee ON statement_line (statement_id, employee_id);

-- The month's automatic refunds charged to the company's card. attempt grows only after a definitive failure,
-- so the idempotency key (statement, attempt) is reused across crashes and renewed for a real retry.
CREATE TABLE card_charge (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id        bigint      NOT NULL UNIQUE REFERENCES statement (id),
    company_id          bigint      NOT NULL REFERENCES company (id),
    amount              numeric(14,2) NOT NULL,
    currency            char(3)     NOT NULL,
    card_token          text,
    status              text        NOT NULL CHECK (status IN ('REQUESTED', 'SUCCEEDED', 'FAILED')),
    attempt             integer     NOT NULL DEFAULT 1,
    failure_reason      text,
    provider_reference  text,
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- One payout per employee per month (the sum of their automatic lines), after the card charge succeeded.
CREATE TABLE payout (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id        bigint      NOT NULL REFERENCES statement (id),
    company_id          bigint      NOT NULL REFERENCES company (id),
    employee_id         bigint      NOT NULL REFERENCES employee (id),
    amount              numeric(14,2) NOT NULL,
    currency            char(3)     NOT NULL,
    iban                text,
    status              text        NOT NULL CHECK (status IN ('WAITING', 'REQUESTED', 'SUCCEEDED', 'FAILED')),
    attempt             integer     NOT NULL DEFAULT 1,
    failure_reason      text,
    provider_reference  text,
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (statement_id, employee_id)
);
CREATE INDEX payout_due ON payout (next_attempt_at) WHERE status IN ('REQUESTED', 'FAILED');

CREATE TABLE invoice_sequence (
    company_id          bigint      NOT NULL REFERENCES company (id),
    year                integer     NOT NULL,
    last_number         integer     NOT NULL,
    PRIMARY KEY (company_id, year)
);

-- Kept unchanged once issued: the PDF bytes are the invoice.
CREATE TABLE invoice (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    statement_id        bigint      NOT NULL UNIQUE REFERENCES statement (id),
    year                integer     NOT NULL,
    number              integer     NOT NULL,
    issued_on           date        NOT NULL,
    total               numeric(14,2) NOT NULL,
    currency            char(3)     NOT NULL,
    pdf                 bytea       NOT NULL,
    UNIQUE (company_id, year, number)
);

-- The sandbox payment provider's own books: what a real provider would hold. Keyed by idempotency key, so a
-- repeated request returns the first outcome instead of moving money twice.
CREATE TABLE sandbox_ledger (
    idempotency_key     text        PRIMARY KEY,
    kind                text        NOT NULL CHECK (kind IN ('CARD_CHARGE', 'PAYOUT')),
    account             text        NOT NULL,
    amount              numeric(14,2) NOT NULL,
    currency            char(3)     NOT NULL,
    succeeded           boolean     NOT NULL,
    failure_reason      text,
    reference           text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);
