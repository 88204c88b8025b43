-- The X-STR part of a candidate's LR (only candidates whose remains and some typed relative share typed X markers
-- with X frequencies in use): the LR before it (autosomal × lineage), the X LR and its units (one marker per Argus
-- X-12 linkage group), the remains' sex that decided hemizygosity, the relatives typed there and the database.
CREATE TABLE identification_candidate_x (
    candidate_id      bigint           PRIMARY KEY REFERENCES identification_candidate (id),
    before_log10_lr   double precision NOT NULL,
    x_log10_lr        double precision NOT NULL,
    remains_sex       text             NOT NULL CHECK (remains_sex IN ('MALE', 'FEMALE')),
    -- one line per unit used: linkage group, marker, LR (tab-separated)
    units             text             NOT NULL,
    relatives         text[]           NOT NULL,
    frequency_database text            NOT NULL
);
