-- The 1.6 StartTransaction reading and quarantined payloads were bound as Java strings to jsonb parameters, which
-- the PostgreSQL client sends as JSON strings: each row held its JSON text as one string value instead of the
-- array or object itself. The statements now cast the text to jsonb; here the rows written before are repaired.
-- Text holding the \u0000 escape stays a string: jsonb refuses it (the statements now write a NUL as visible text).
UPDATE meter_value SET sampled_values = (sampled_values #>> '{}')::jsonb
WHERE source = 'StartTransaction' AND jsonb_typeof(sampled_values) = 'string'
  AND strpos(sampled_values #>> '{}', '\u0000') = 0;
UPDATE ocpp_quarantine SET payload = (payload #>> '{}')::jsonb
WHERE jsonb_typeof(payload) = 'string' AND strpos(payload #>> '{}', '\u0000') = 0;
