-- The dropout class of a remains sample (issue 18 item 7): how degraded its typing is, from a lab
-- file or set by an analyst. NONE is a clean typing; MILD and SEVERE carry the dropout and drop-in
-- probabilities configured under homeward.identification.dropout.*. A sample without a row is NONE.
CREATE TABLE sample_dropout_class (
    sample_code   text        PRIMARY KEY REFERENCES genetic_sample (sample_code),
    dropout_class text        NOT NULL CHECK (dropout_class IN ('NONE', 'MILD', 'SEVERE')),
    source        text        NOT NULL CHECK (length(source) BETWEEN 1 AND 255),
    set_by        text        NOT NULL,
    set_at        timestamptz NOT NULL
);

-- The dropout model a candidate's LR was computed with (only candidates whose remains sample had a
-- dropout class), and the markers whose LR relies on it: the remains' alleles there are impossible
-- for the missing person without a dropped-out or dropped-in allele (and without mutation).
CREATE TABLE identification_candidate_dropout (
    candidate_id       bigint           PRIMARY KEY REFERENCES identification_candidate (id),
    dropout_class      text             NOT NULL CHECK (dropout_class IN ('MILD', 'SEVERE')),
    dropout            double precision NOT NULL CHECK (dropout >= 0 AND dropout < 1),
    homozygous_dropout double precision NOT NULL CHECK (homozygous_dropout >= 0 AND homozygous_dropout < 1),
    drop_in            double precision NOT NULL CHECK (drop_in >= 0 AND drop_in < 1),
    relying_markers    text[]           NOT NULL
);
