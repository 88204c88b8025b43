-- Background jobs (screening runs started from a page, the API or a change in the data): the durable
-- request, inserted in the transaction that asks for it (a transactional outbox), finished in the
-- transaction that does the work; any instance can claim a queued job (FOR UPDATE SKIP LOCKED), so a
-- job whose instance died before finishing stays queued and is done again.
CREATE TABLE background_job (
    id          uuid        PRIMARY KEY,
    kind        text        NOT NULL,
    parameters  text        NOT NULL,
    started_by  text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('QUEUED', 'SUCCEEDED', 'FAILED')),
    created_at  timestamptz NOT NULL,
    finished_at timestamptz,
    result      text,
    error       text,
    CHECK ((status = 'QUEUED') = (finished_at IS NULL))
);

CREATE INDEX background_job_queued ON background_job (created_at) WHERE status = 'QUEUED';

-- Live progress of a job being worked on, written in its own short transactions so that every
-- instance can report it while the job's own transaction is still open.
CREATE TABLE background_job_progress (
    job_id     uuid        PRIMARY KEY REFERENCES background_job (id),
    phase      text        NOT NULL,
    done       bigint      NOT NULL CHECK (done >= 0),
    total      bigint      NOT NULL CHECK (total >= 0),
    started_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
