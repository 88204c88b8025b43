-- Issue 18: how a Y-STR database gives the remains' haplotype frequency, chosen by the analyst per database
-- (the augmented count (x + 1)/(N + 1), or the discrete Laplace mixture with k clusters), and what each candidate used.

ALTER TABLE haplotype_database
    ADD COLUMN y_frequency_method text NOT NULL DEFAULT 'AUGMENTED_COUNT'
        CHECK (y_frequency_method IN ('AUGMENTED_COUNT', 'DISCRETE_LAPLACE')),
    -- the discrete Laplace method's number of clusters k
    ADD COLUMN y_clusters integer CHECK (y_clusters >= 1),
    ADD CHECK ((y_frequency_method = 'DISCRETE_LAPLACE') = (y_clusters IS NOT NULL)),
    ADD CHECK (lineage = 'Y_STR' OR y_frequency_method = 'AUGMENTED_COUNT');

ALTER TABLE identification_candidate_lineage
    ADD COLUMN y_frequency_method text CHECK (y_frequency_method IN ('AUGMENTED_COUNT', 'DISCRETE_LAPLACE')),
    ADD COLUMN y_clusters integer;
UPDATE identification_candidate_lineage SET y_frequency_method = 'AUGMENTED_COUNT' WHERE y_relative IS NOT NULL;
ALTER TABLE identification_candidate_lineage ADD CHECK ((y_relative IS NULL) = (y_frequency_method IS NULL));
