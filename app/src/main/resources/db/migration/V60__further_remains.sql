-- Re-association at any time (issue 15 item 4): a further body part joins a person already
-- identified, through the same two-analyst review as an identification: a first analyst proposes it
-- on its basis (a direct DNA match with the identified remains, the part's own kinship LR, or other
-- evidence) with its LR and reasoning; a second, different analyst confirms or rejects it. A part
-- has at most one proposal pending or confirmed at a time.
CREATE TABLE identification_reassociation (
    id                bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_number       text             NOT NULL,
    sample_code       text,
    missing_person_id text             NOT NULL,
    family_id         text             NOT NULL,
    identification    bigint           NOT NULL REFERENCES identification_decision (id),
    basis             text             NOT NULL CHECK (basis IN ('DNA_DIRECT_MATCH', 'DNA_KINSHIP', 'EVIDENCE')),
    matched_body      text,
    log10_lr          double precision,
    reason            text             NOT NULL,
    proposed_by       text             NOT NULL,
    proposed_at       timestamptz      NOT NULL,
    status            text             NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED')),
    decided_by        text,
    decided_at        timestamptz,
    decision_reason   text,
    CHECK ((status = 'PROPOSED') = (decided_by IS NULL)),
    CHECK (basis = 'EVIDENCE' OR (log10_lr IS NOT NULL AND sample_code IS NOT NULL))
);
COMMENT ON COLUMN identification_reassociation.identification IS 'The confirmed identification decision of the person the part joins.';
COMMENT ON COLUMN identification_reassociation.matched_body IS 'DNA_DIRECT_MATCH: the identified remains the part''s sample matched.';
CREATE UNIQUE INDEX identification_reassociation_one_per_part ON identification_reassociation (body_number) WHERE status <> 'REJECTED';
CREATE INDEX identification_reassociation_person ON identification_reassociation (missing_person_id);

-- Further remains (issue 15 item 4): when a further body part of an identified person is confirmed
-- (a re-association in identification), the family's liaison officer tells the family and records
-- the day that happened and the family's choice. One row per confirmed re-association, on the
-- notification of the identification the part joins.
CREATE TABLE families_further_remains (
    reassociation_id  bigint      PRIMARY KEY,
    notification_id   bigint      NOT NULL REFERENCES families_notification (id),
    missing_person_id text        NOT NULL,
    body_number       text        NOT NULL,
    associated_at     timestamptz NOT NULL,
    informed_on       date,
    choice            text        CHECK (choice IN ('INTER_WITH_FIRST_BURIAL', 'SEPARATE_BURIAL', 'AUTHORITY_INTERS')),
    note              text,
    recorded_by       text,
    recorded_at       timestamptz,
    CHECK ((informed_on IS NULL) = (choice IS NULL) AND (informed_on IS NULL) = (recorded_by IS NULL)
           AND (informed_on IS NULL) = (recorded_at IS NULL))
);
COMMENT ON COLUMN families_further_remains.informed_on IS 'The day the family was told of the further part, as it happened (recorded_at: when it was entered).';
CREATE INDEX families_further_remains_notification ON families_further_remains (notification_id);
CREATE INDEX families_further_remains_person ON families_further_remains (missing_person_id);
