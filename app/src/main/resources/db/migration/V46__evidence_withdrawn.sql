-- Consent withdrawal takes effect on identification at once (issue 15 item 7). A candidate computed
-- with a withdrawn reference sample that awaited a decision is closed by an EVIDENCE_WITHDRAWN
-- decision in the chain; a confirmation made with it keeps its record and is flagged here for a
-- supervisor's review (the decision log itself is append-only).
ALTER TABLE identification_decision DROP CONSTRAINT identification_decision_kind_check;
ALTER TABLE identification_decision ADD CONSTRAINT identification_decision_kind_check
    CHECK (kind IN ('PROPOSED', 'CONFIRMED', 'REJECTED', 'EXCLUDED', 'EVIDENCE_WITHDRAWN'));

CREATE TABLE identification_review_flag (
    decision_id bigint      NOT NULL REFERENCES identification_decision (id),
    sample_code text        NOT NULL,
    reason      text        NOT NULL,
    flagged_by  text        NOT NULL,
    flagged_at  timestamptz NOT NULL,
    PRIMARY KEY (decision_id, sample_code)
);
