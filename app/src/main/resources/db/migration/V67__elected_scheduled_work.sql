-- ShedLock's lock table: scheduled work that several instances would otherwise all do (writing the
-- checkpoints, verifying every chain) is done by the one instance that takes the task's row.
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
