-- Candidates found on X-STRs alone (remains typed only at X, or a family whose relatives are typed only at X): their X
-- part has nothing before it, neither autosomal nor lineage evidence. Every earlier X part multiplied such evidence.
ALTER TABLE identification_candidate_x ADD COLUMN before_typed boolean NOT NULL DEFAULT true;

-- The fingerprint of what the X-only pairs were screened from: a change makes the next run FULL.
ALTER TABLE identification_screened DROP CONSTRAINT identification_screened_kind_check;
ALTER TABLE identification_screened ADD CONSTRAINT identification_screened_kind_check
    CHECK (kind IN ('FAMILY', 'REMAINS', 'LINEAGE', 'X_ONLY'));
