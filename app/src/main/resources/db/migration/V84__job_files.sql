-- Imports and exports as background jobs: an upload's bytes (INPUT) are stored with its job, so any
-- instance can do it, and an export's file (RESULT) with its job until its owner downloads it. Both
-- are deleted with the job after the retention period (homeward.jobs.retention).
CREATE TABLE background_job_file (
    job_id     uuid  NOT NULL REFERENCES background_job (id) ON DELETE CASCADE,
    role       text  NOT NULL CHECK (role IN ('INPUT', 'RESULT')),
    name       text  NOT NULL,
    media_type text  NOT NULL,
    content    bytea NOT NULL,
    PRIMARY KEY (job_id, role)
);

-- A job with its own input or result is done alone, never together with the queued jobs of its kind
-- and parameters (as screening runs are).
ALTER TABLE background_job ADD COLUMN together boolean NOT NULL DEFAULT true;

-- Why a job failed on bad input: each problem's path (file[line 12].alleles) and message, as JSON.
ALTER TABLE background_job ADD COLUMN problems jsonb;

ALTER TABLE background_job_progress DROP CONSTRAINT background_job_progress_job_id_fkey,
    ADD FOREIGN KEY (job_id) REFERENCES background_job (id) ON DELETE CASCADE;

CREATE INDEX background_job_finished ON background_job (finished_at) WHERE status <> 'QUEUED';
