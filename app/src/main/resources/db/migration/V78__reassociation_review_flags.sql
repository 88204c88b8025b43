-- A confirmed kinship re-association resting on a candidate computed with a reference sample whose donor
-- later withdrew consent keeps its record and is flagged for a supervisor's review (issue 15 item 7), as a
-- confirmed identification is (identification_review_flag, V46).
CREATE TABLE identification_reassociation_review_flag (
    reassociation_id bigint      NOT NULL REFERENCES identification_reassociation (id),
    sample_code      text        NOT NULL,
    reason           text        NOT NULL,
    flagged_by       text        NOT NULL,
    flagged_at       timestamptz NOT NULL,
    PRIMARY KEY (reassociation_id, sample_code)
);
