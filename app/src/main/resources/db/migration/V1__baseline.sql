-- Homeward's first migration. Every later migration of every feature follows in this one
-- directory, numbered in order (V2__ledger_parties.sql, ...); a migration is never edited once
-- merged: a change is a new migration.

-- This installation: one row, written the first time Homeward starts on this database.
CREATE TABLE installation (
    singleton  boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    id         uuid        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

COMMENT ON TABLE installation IS 'The one row that identifies this Homeward database and when it was set up.';
