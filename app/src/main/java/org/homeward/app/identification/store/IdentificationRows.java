package org.homeward.app.identification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionKind;
import org.homeward.app.identification.DirectMatch;
import org.homeward.app.identification.DviConclusion;
import org.homeward.app.identification.Run;
import org.homeward.app.identification.RunKind;

/** Identification's rows read into its records, for the stores of this package. */
final class IdentificationRows {

    private IdentificationRows() {
    }

    static Run run(ResultSet row, int n) throws SQLException {
        return new Run(row.getLong("id"), RunKind.valueOf(row.getString("kind")), row.getString("started_by"),
                instant(row, "started_at"), row.getLong("duration_ms"), row.getDouble("min_lr"), row.getString("prior_rule"),
                row.getInt("families"), row.getInt("missing_persons"), row.getInt("remains"), row.getInt("new_families"),
                row.getInt("new_remains"), row.getInt("markers"), row.getLong("pairs_screened"), row.getInt("candidates"),
                row.getInt("direct_matches"), row.getInt("families_without_references"),
                (Integer) row.getObject("samples_awaiting_profiles"), row.getString("notes"));
    }

    static Decision decision(ResultSet row, int n) throws SQLException {
        long proposal = row.getLong("proposal_id");
        Long proposalId = row.wasNull() ? null : proposal;
        return new Decision(row.getLong("id"), DecisionKind.valueOf(row.getString("kind")), row.getLong("candidate_id"), proposalId,
                row.getString("sample_code"), row.getString("body_number"), row.getString("family_id"),
                row.getString("missing_person_id"), row.getDouble("log10_lr"), row.getDouble("prior"), row.getDouble("posterior"),
                row.getString("reason"), row.getString("decided_by"), instant(row, "decided_at"), row.getString("previous_hash"),
                row.getString("hash"));
    }

    static DirectMatch directMatch(ResultSet row) throws SQLException {
        return new DirectMatch(row.getLong("run_id"), row.getString("first_sample"), row.getString("second_sample"),
                row.getString("first_body"), row.getString("second_body"), row.getDouble("log10_lr"), row.getInt("markers_compared"),
                row.getInt("mismatches"));
    }

    static DviConclusion dvi(ResultSet row) throws SQLException {
        double lr = row.getDouble("log10_lr");
        Double log10Lr = row.wasNull() ? null : lr;
        double glr = row.getDouble("log10_glr");
        Double log10Glr = row.wasNull() ? null : glr;
        return new DviConclusion(row.getLong("run_id"), row.getString("family_id"), row.getString("side"), row.getString("subject"),
                row.getString("matched"), row.getString("conclusion"), log10Lr, log10Glr, row.getString("comment"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
