package org.homeward.app.identification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.CandidateDropout;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.kinship.DropoutModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The dropout models of candidates (table {@code identification_candidate_dropout}). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CandidateDropoutStore {

    private final JdbcClient jdbc;

    /** Stores the dropout model of a candidate the run has just stored. */
    public void insert(long runId, Found f, CandidateDropout dropout) {
        DropoutModel m = dropout.model();
        jdbc.sql("""
                INSERT INTO identification_candidate_dropout (candidate_id, dropout_class, dropout, homozygous_dropout, drop_in,
                    relying_markers)
                SELECT id, ?, ?, ?, ?, ? FROM identification_candidate
                 WHERE run_id = ? AND sample_code = ? AND family_id = ? AND missing_pedigree_id = ?""")
                .params(dropout.dropoutClass().name(), m.dropout(), m.homozygousDropout(), m.dropIn(),
                        dropout.relyingMarkers().stream().sorted().toArray(String[]::new), runId, f.candidate().remainsId(),
                        f.candidate().familyId(), f.candidate().missingPerson())
                .update();
    }

    /** The candidate's dropout model, empty when its remains sample had no dropout class. */
    public Optional<CandidateDropout> of(long candidateId) {
        return jdbc.sql("SELECT * FROM identification_candidate_dropout WHERE candidate_id = ?").param(candidateId)
                .query(CandidateDropoutStore::dropout).optional();
    }

    private static CandidateDropout dropout(ResultSet row, int n) throws SQLException {
        return new CandidateDropout(DropoutClass.valueOf(row.getString("dropout_class")),
                new DropoutModel(row.getDouble("dropout"), row.getDouble("homozygous_dropout"), row.getDouble("drop_in")),
                Set.of((String[]) row.getArray("relying_markers").getArray()));
    }
}
