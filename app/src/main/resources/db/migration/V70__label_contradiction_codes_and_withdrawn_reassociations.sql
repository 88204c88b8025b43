-- Label versus DNA contradictions are kept as codes, shown in the reader's language through the message
-- bundles (issue 15): what contradicts what (kind; the words are the statement's own) and what established
-- the identity (an identification decision or a re-association, by id), in place of English sentences.
ALTER TABLE remains_label_contradiction
    ADD COLUMN kind           text CHECK (kind IN ('OTHER_SIDE', 'SERVICE_NUMBER', 'NAME')),
    ADD COLUMN established_by text CHECK (established_by IN ('IDENTIFICATION', 'REASSOCIATION')),
    ADD COLUMN decision_id    bigint;

-- The sentences LabelCheck wrote: "the label stated the other side; …", "the label gave service number …",
-- "the label named «…»; …"; and "identification decision 12" or "re-association 3".
UPDATE remains_label_contradiction SET
    kind = CASE WHEN detail LIKE '% stated the other side;%' THEN 'OTHER_SIDE'
                WHEN detail LIKE '% gave service number %' THEN 'SERVICE_NUMBER'
                ELSE 'NAME' END,
    established_by = CASE WHEN decision LIKE 're-association %' THEN 'REASSOCIATION' ELSE 'IDENTIFICATION' END,
    decision_id = substring(decision FROM '([0-9]+)$')::bigint;

ALTER TABLE remains_label_contradiction
    ALTER COLUMN kind SET NOT NULL,
    ALTER COLUMN established_by SET NOT NULL,
    ALTER COLUMN decision_id SET NOT NULL,
    DROP COLUMN detail,
    DROP COLUMN decision;
COMMENT ON COLUMN remains_label_contradiction.kind IS 'How the statement contradicts the DNA result: OTHER_SIDE, SERVICE_NUMBER, NAME.';
COMMENT ON COLUMN remains_label_contradiction.decision_id IS 'The identification decision''s or the re-association''s id (established_by says which).';

-- Consent withdrawal takes effect on re-associations too (issue 15 item 7): a kinship proposal keeps the
-- candidate it rests on, and is closed as EVIDENCE_WITHDRAWN when a reference sample of that candidate loses
-- its donor's consent; such a part may be proposed again, as after a rejection.
ALTER TABLE identification_reassociation
    ADD COLUMN candidate_id bigint REFERENCES identification_candidate (id),
    DROP CONSTRAINT identification_reassociation_status_check,
    ADD CONSTRAINT identification_reassociation_status_check
        CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED', 'EVIDENCE_WITHDRAWN'));
UPDATE identification_reassociation r SET candidate_id = (
    SELECT c.id FROM identification_candidate c
    WHERE c.body_number = r.body_number AND c.sample_code = r.sample_code AND c.missing_person_id = r.missing_person_id
      AND c.log10_lr = r.log10_lr ORDER BY c.run_id DESC LIMIT 1)
WHERE r.basis = 'DNA_KINSHIP';
DROP INDEX identification_reassociation_one_per_part;
CREATE UNIQUE INDEX identification_reassociation_one_per_part ON identification_reassociation (body_number)
    WHERE status IN ('PROPOSED', 'CONFIRMED');
COMMENT ON COLUMN identification_reassociation.candidate_id IS 'DNA_KINSHIP: the candidate (and so the reference samples) the proposal rests on.';
