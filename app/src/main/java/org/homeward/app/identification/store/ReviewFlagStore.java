package org.homeward.app.identification.store;

import static org.homeward.app.identification.store.IdentificationStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.homeward.app.identification.ReviewFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The review flags on confirmed identifications (table {@code identification_review_flag}). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewFlagStore {

    private final JdbcClient jdbc;

    /** The ids of the confirmations of candidates computed with the reference sample, oldest first. */
    public List<Long> confirmedUsingReference(String sampleCode) {
        return jdbc.sql("""
                SELECT q.id FROM identification_decision q WHERE q.kind = 'CONFIRMED' AND EXISTS (SELECT 1 FROM identification_candidate_reference r
                    WHERE r.candidate_id = q.candidate_id AND r.sample_code = ?) ORDER BY q.id""")
                .param(sampleCode).query(Long.class).list();
    }

    /** Flags a confirmed decision for a supervisor's review (once per decision and sample). */
    public void flag(ReviewFlag flag) {
        jdbc.sql("""
                INSERT INTO identification_review_flag (decision_id, sample_code, reason, flagged_by, flagged_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (decision_id, sample_code) DO NOTHING""")
                .params(flag.decisionId(), flag.sampleCode(), flag.reason(), flag.flaggedBy(), utc(flag.flaggedAt())).update();
    }

    /** The review flags on the decisions of a pair, oldest first. */
    public List<ReviewFlag> ofPair(String sampleCode, String familyId, String missingPersonId) {
        return jdbc.sql("""
                SELECT f.* FROM identification_review_flag f JOIN identification_decision d ON d.id = f.decision_id
                WHERE d.sample_code = ? AND d.family_id = ? AND d.missing_person_id = ? ORDER BY f.flagged_at, f.decision_id""")
                .params(sampleCode, familyId, missingPersonId).query(ReviewFlagStore::reviewFlag).list();
    }

    /** Every review flag, newest first. */
    public List<ReviewFlag> newest(int limit) {
        return jdbc.sql("SELECT * FROM identification_review_flag ORDER BY flagged_at DESC, decision_id DESC LIMIT ?").param(limit)
                .query(ReviewFlagStore::reviewFlag).list();
    }

    private static ReviewFlag reviewFlag(ResultSet row, int n) throws SQLException {
        return new ReviewFlag(row.getLong("decision_id"), row.getString("sample_code"), row.getString("reason"),
                row.getString("flagged_by"), row.getObject("flagged_at", OffsetDateTime.class).toInstant());
    }
}
