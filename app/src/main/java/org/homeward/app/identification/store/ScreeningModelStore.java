package org.homeward.app.identification.store;

import java.util.Optional;

import org.homeward.app.identification.ScreeningModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The model of each run (table {@code identification_run_model}): what its candidates' LRs were computed with. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScreeningModelStore {

    private final JdbcClient jdbc;

    public void record(long runId, ScreeningModel m) {
        jdbc.sql("""
                INSERT INTO identification_run_model (run_id, theta, frequency_database, rare_allele_frequency, female_mutation_rate,
                    male_mutation_rate, mutation_range) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, m.theta(), m.frequencyDatabase(), m.rareAlleleFrequency(), m.femaleMutationRate(),
                        m.maleMutationRate(), m.mutationRange())
                .update();
    }

    /** The model of the run that computed the candidate; empty for runs made before models were recorded. */
    public Optional<ScreeningModel> ofCandidate(long candidateId) {
        return jdbc.sql("""
                SELECT m.* FROM identification_run_model m JOIN identification_candidate c ON c.run_id = m.run_id WHERE c.id = ?""")
                .param(candidateId)
                .query((row, n) -> new ScreeningModel(row.getDouble("theta"), row.getString("frequency_database"),
                        row.getDouble("rare_allele_frequency"), row.getDouble("female_mutation_rate"),
                        row.getDouble("male_mutation_rate"), row.getDouble("mutation_range")))
                .optional();
    }
}
