-- The journal takes every inbound frame, so it is by far the largest table. It becomes partitioned by day
-- (received_at, UTC) so that frames past their retention go a whole day at a time (JournalPartitions drops the
-- partition), which costs nothing like deleting rows would: no dead tuples, no vacuum, no WAL per row.
-- The rows written so far stay, as one partition up to the end of today.
ALTER TABLE ocpp_journal RENAME TO ocpp_journal_until_v9;
ALTER TABLE ocpp_journal_until_v9 RENAME CONSTRAINT ocpp_journal_pkey TO ocpp_journal_until_v9_pkey;
ALTER INDEX ocpp_journal_received RENAME TO ocpp_journal_until_v9_received;
-- Its identity sequence would go with it when it is dropped; the journal gets one of its own.
ALTER TABLE ocpp_journal_until_v9 ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE ocpp_journal_id_seq AS bigint;
SELECT setval('ocpp_journal_id_seq', COALESCE((SELECT max(id) FROM ocpp_journal_until_v9), 0) + 1, false);

CREATE TABLE ocpp_journal (
    id                  bigint      NOT NULL DEFAULT nextval('ocpp_journal_id_seq'),
    charge_point_id     text        NOT NULL,
    connection_id       bigint      NOT NULL,
    received_at         timestamptz NOT NULL,
    frame               text        NOT NULL
) PARTITION BY RANGE (received_at);
ALTER SEQUENCE ocpp_journal_id_seq OWNED BY ocpp_journal.id;
-- Within a day the rows are in time order: BRIN finds a time range at almost no cost per insert.
CREATE INDEX ocpp_journal_received ON ocpp_journal USING brin (received_at);
-- Frames of a day without a partition (the days ahead are created in advance; this is the safety net).
CREATE TABLE ocpp_journal_default PARTITION OF ocpp_journal DEFAULT;

DO $$
BEGIN
    EXECUTE format('ALTER TABLE ocpp_journal ATTACH PARTITION ocpp_journal_until_v9 FOR VALUES FROM (MINVALUE) TO (%L)',
        date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 day');
END $$;
