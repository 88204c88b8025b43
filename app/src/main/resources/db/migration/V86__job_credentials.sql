-- The credential a person asked for a job with (their account and, through the API, the token), so
-- that it is checked again when the job starts: a job asked for before the account was disabled, a
-- role withdrawn or the token revoked is refused. Null for a job the system asked for.
ALTER TABLE background_job ADD COLUMN requester_id bigint, ADD COLUMN requester_token bigint;
