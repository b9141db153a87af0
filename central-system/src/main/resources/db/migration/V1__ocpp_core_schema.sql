-- Charge points, their connections' raw traffic, and the sessions built from it.
-- Instants are UTC (timestamptz). Energy is in Wh, kept exact (numeric) as the charger reported it.

CREATE TABLE charge_point (
    id                  text PRIMARY KEY,
    password_hash       text,
    -- What a BootNotification from this charger is answered with: Accepted, Pending or Rejected.
    boot_policy         text        NOT NULL DEFAULT 'Accepted',
    auto_registered     boolean     NOT NULL DEFAULT false,
    registered_at       timestamptz NOT NULL DEFAULT now(),
    ocpp_version        text,
    vendor              text,
    model               text,
    serial_number       text,
    firmware_version    text,
    -- Set once a BootNotification was answered Accepted; lets a charger resume after a reconnect without one.
    boot_accepted_at    timestamptz,
    last_boot_at        timestamptz,
    last_seen_at        timestamptz
);

CREATE TABLE connector_status (
    charge_point_id     text        NOT NULL REFERENCES charge_point (id),
    -- OCPP 1.6 has connectors only: there each connector is its own EVSE (evse_id = connector_id).
    evse_id             integer     NOT NULL,
    connector_id        integer     NOT NULL,
    status              text        NOT NULL,
    error_code          text,
    info                text,
    vendor_error_code   text,
    status_at           timestamptz,
    received_at         timestamptz NOT NULL,
    PRIMARY KEY (charge_point_id, evse_id, connector_id)
);

-- Every inbound frame, raw, appended before it is parsed.
CREATE TABLE ocpp_journal (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charge_point_id     text        NOT NULL,
    connection_id       bigint      NOT NULL,
    received_at         timestamptz NOT NULL,
    frame               text        NOT NULL
);
-- Append-only and written in time order: a BRIN index finds a time range at almost no cost per insert.
CREATE INDEX ocpp_journal_received ON ocpp_journal USING brin (received_at);

-- OCPP 1.6 transactionIds are 32-bit integers handed out by the central system.
CREATE SEQUENCE ocpp16_transaction_id_seq AS integer START WITH 1;

CREATE TABLE charging_session (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charge_point_id     text        NOT NULL REFERENCES charge_point (id),
    ocpp_version        text        NOT NULL,
    -- 1.6: the transactionId we issued, as text; 2.0.1: the charger's own transactionId.
    transaction_ref     text        NOT NULL,
    ocpp16_transaction_id integer,
    evse_id             integer,
    connector_id        integer,
    id_tag              text,
    status              text        NOT NULL,
    started_at          timestamptz,
    start_received_at   timestamptz,
    meter_start_wh      numeric,
    stopped_at          timestamptz,
    stop_received_at    timestamptz,
    meter_stop_wh       numeric,
    energy_wh           numeric,
    stop_reason         text,
    last_seq_no         integer,
    offline             boolean     NOT NULL DEFAULT false,
    flags               text[]      NOT NULL DEFAULT '{}',
    updated_at          timestamptz NOT NULL,
    CONSTRAINT charging_session_status CHECK (status IN ('ACTIVE', 'COMPLETED')),
    CONSTRAINT charging_session_ref UNIQUE (charge_point_id, transaction_ref)
);
-- A 1.6 StartTransaction resent after a lost confirmation carries the same connector, start time and meter
-- start: it must get the transactionId it already has, not a second session.
CREATE UNIQUE INDEX charging_session_16_start
    ON charging_session (charge_point_id, connector_id, started_at, meter_start_wh)
    WHERE ocpp_version = '1.6';
CREATE INDEX charging_session_started ON charging_session (started_at DESC, id DESC);
CREATE INDEX charging_session_charge_point ON charging_session (charge_point_id, started_at DESC);

-- One row per meter value (one timestamp of one message): every sampled value exactly as the charger sent it,
-- and the energy of record derived from them (total Energy.Active.Import.Register, or the sum of its phases, in Wh).
CREATE TABLE meter_value (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id          bigint REFERENCES charging_session (id),
    charge_point_id     text        NOT NULL,
    evse_id             integer,
    connector_id        integer,
    sampled_at          timestamptz NOT NULL,
    received_at         timestamptz NOT NULL,
    -- The action that carried it (MeterValues, TransactionEvent, StartTransaction, StopTransaction).
    source              text        NOT NULL,
    -- Reading context of the energy register (else of the first value): Transaction.Begin, Sample.Periodic, ...
    context             text        NOT NULL,
    register_wh         numeric,
    sampled_values      jsonb       NOT NULL
);
-- A replayed meter value is the same meter value: stored once.
CREATE UNIQUE INDEX meter_value_unique
    ON meter_value (session_id, sampled_at, context, source)
    WHERE session_id IS NOT NULL;
CREATE INDEX meter_value_charge_point ON meter_value (charge_point_id, sampled_at) WHERE session_id IS NULL;

-- OCPP 2.0.1 TransactionEvents by sequence number: a replay is recognised and answered without effect.
CREATE TABLE transaction_event (
    charge_point_id     text        NOT NULL,
    transaction_ref     text        NOT NULL,
    seq_no              integer     NOT NULL,
    event_type          text        NOT NULL,
    trigger_reason      text        NOT NULL,
    event_at            timestamptz NOT NULL,
    offline             boolean     NOT NULL,
    received_at         timestamptz NOT NULL,
    PRIMARY KEY (charge_point_id, transaction_ref, seq_no)
);

-- Well-formed transaction data that cannot be attached to a session safely (unknown transactionId, -1, stop
-- before start): accepted and kept here for reconciliation, never guessed onto another session.
CREATE TABLE ocpp_quarantine (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charge_point_id     text        NOT NULL,
    received_at         timestamptz NOT NULL,
    action              text        NOT NULL,
    reason              text        NOT NULL,
    payload             jsonb       NOT NULL
);
CREATE INDEX ocpp_quarantine_charge_point ON ocpp_quarantine (charge_point_id, received_at);
