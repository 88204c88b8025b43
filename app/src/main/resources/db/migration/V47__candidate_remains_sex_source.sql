-- Where the remains' sex a candidate was screened with came from (the examination, or amelogenin when
-- the examination determined none), and whether amelogenin contradicted the examination. Candidates
-- computed before this version have no recorded source (NULL).
ALTER TABLE identification_candidate
    ADD COLUMN remains_sex_source       text    CHECK (remains_sex_source IN ('EXAMINATION', 'AMELOGENIN', 'UNKNOWN')),
    ADD COLUMN remains_sex_contradicted boolean NOT NULL DEFAULT false;
