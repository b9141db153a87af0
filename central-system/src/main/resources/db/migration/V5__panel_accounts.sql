-- People who log in to the business panel (company admins) or the employees' pages.
CREATE TABLE panel_user (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Lower-cased: one account per address whatever the capitalisation.
    email               text        NOT NULL UNIQUE,
    password_hash       text        NOT NULL,
    role                text        NOT NULL CHECK (role IN ('COMPANY_ADMIN', 'EMPLOYEE')),
    company_id          bigint      REFERENCES company (id),
    employee_id         bigint      REFERENCES employee (id),
    email_verified_at   timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'COMPANY_ADMIN') = (company_id IS NOT NULL)),
    CHECK ((role = 'EMPLOYEE') = (employee_id IS NOT NULL))
);

-- Bearer tokens of logged-in users and single-use links sent by mail. Only a hash is stored: a database leak
-- gives no usable token.
CREATE TABLE panel_token (
    token_hash          bytea       PRIMARY KEY,
    user_id             bigint      NOT NULL REFERENCES panel_user (id),
    purpose             text        NOT NULL
        CHECK (purpose IN ('SESSION', 'VERIFY_EMAIL', 'RESET_PASSWORD', 'VERIFY_BILLING_EMAIL')),
    -- For VERIFY_BILLING_EMAIL: the address being verified.
    detail              text,
    expires_at          timestamptz NOT NULL,
    used_at             timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX panel_token_user ON panel_token (user_id, purpose);

ALTER TABLE company ADD COLUMN billing_email text;
ALTER TABLE company ADD COLUMN billing_email_verified_at timestamptz;
