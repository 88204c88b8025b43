-- The model each run computed its candidates' LRs with (issue 18 item 7): θ, the frequency
-- database by name and version, the rare-allele frequency and the stepwise mutation model. A run
-- before this migration has no row; it used θ = 0 and the bundled European database.
CREATE TABLE identification_run_model (
    run_id                bigint PRIMARY KEY REFERENCES identification_run (id),
    theta                 double precision NOT NULL CHECK (theta >= 0 AND theta < 1),
    frequency_database    text NOT NULL,
    rare_allele_frequency double precision NOT NULL,
    female_mutation_rate  double precision NOT NULL,
    male_mutation_rate    double precision NOT NULL,
    mutation_range        double precision NOT NULL
);
