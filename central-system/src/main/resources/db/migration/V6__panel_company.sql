-- Cards a company pays its automatic refunds with, as payment provider tokens (never card numbers): brand, last
-- four digits and expiry are for people to recognise the card. The default one's token is what company.card_token
-- holds, the card month close charges; both change in one transaction.
CREATE TABLE payment_method (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id          bigint      NOT NULL REFERENCES company (id),
    token               text        NOT NULL,
    brand               text        NOT NULL,
    last4               char(4)     NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
    exp_month           integer     NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
    exp_year            integer     NOT NULL,
    is_default          boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz,
    CHECK (NOT (is_default AND deleted_at IS NOT NULL))
);
-- At most one default card per company.
CREATE UNIQUE INDEX payment_method_default ON payment_method (company_id) WHERE is_default;
-- The same card saved twice would be two rows to keep in step.
CREATE UNIQUE INDEX payment_method_token ON payment_method (company_id, token) WHERE deleted_at IS NULL;
CREATE INDEX payment_method_company ON payment_method (company_id, id) WHERE deleted_at IS NULL;
