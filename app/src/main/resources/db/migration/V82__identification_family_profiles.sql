-- Family profiles as screening computed them (issue 19 item 4): each missing person's per-marker log10 LR
-- tables and incompatibility bits, bit for bit (Screening.storedProfile), kept across restarts so that the
-- first run after a start loads them instead of computing them again. A row serves exactly while its model
-- version (markers, alleles, frequencies, mutation models, θ and the application's build) and the hash of
-- its inputs (the family, the missing person, the pedigree, the typed relatives' genotypes) are those of the
-- screening at hand; otherwise the profile is computed again and the row replaced.
CREATE TABLE identification_family_profile (
    family_id         text   NOT NULL,
    missing_person    text   NOT NULL,
    model_version     text   NOT NULL,
    inputs_hash       text   NOT NULL,
    -- the relatives' sample codes the tables were computed from: a withdrawn consent deletes the rows
    reference_samples text[] NOT NULL,
    profile           bytea  NOT NULL,
    PRIMARY KEY (family_id, missing_person)
);

-- Doubles compress by about a tenth: keep them out of line, uncompressed, and save the attempt on every write.
ALTER TABLE identification_family_profile ALTER COLUMN profile SET STORAGE EXTERNAL;
