package org.homeward.app.identification.store;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.CaseStatus;
import org.homeward.app.identification.DecisionKind;
import org.homeward.app.identification.RemainsSex;
import org.homeward.app.remains.EstablishedBy;
import org.homeward.kinship.Sex;

/** How candidates are read with where their case stands: the SQL of their status and the row mapper. */
final class CandidateRows {

    /**
     * The latest decision on the pair of candidate {@code c}, as it bears on that candidate: an
     * EVIDENCE_WITHDRAWN taken on an earlier candidate leaves a later one (screened without the
     * withdrawn sample) open. And what settled the remains otherwise, if anything did: a confirmed
     * identification of the same remains on another pair, or a confirmed re-association of them
     * ({@code IDENTIFICATION:id:person} or {@code REASSOCIATION:id:person}).
     */
    private static final String LATEST_DECISION = """
            (SELECT CASE WHEN d.kind = 'EVIDENCE_WITHDRAWN' AND d.candidate_id < c.id THEN NULL ELSE d.kind END
             FROM identification_decision d WHERE d.sample_code = c.sample_code
                AND d.family_id = c.family_id AND d.missing_person_id = c.missing_person_id
             ORDER BY d.id DESC LIMIT 1) AS latest_decision,
            COALESCE(
                (SELECT 'IDENTIFICATION:' || d.id || ':' || d.missing_person_id FROM identification_decision d
                 WHERE d.kind = 'CONFIRMED' AND d.body_number = c.body_number
                   AND NOT (d.sample_code = c.sample_code AND d.family_id = c.family_id AND d.missing_person_id = c.missing_person_id)
                 ORDER BY d.id LIMIT 1),
                (SELECT 'REASSOCIATION:' || r.id || ':' || r.missing_person_id FROM identification_reassociation r
                 WHERE r.status = 'CONFIRMED' AND r.body_number = c.body_number ORDER BY r.id LIMIT 1)) AS settled_by""";

    /** Candidates of the latest FULL run and of the INCREMENTAL runs after it; the latest row of each pair. */
    static final String CURRENT = """
            SELECT * FROM (WITH current AS (
                SELECT DISTINCT ON (c.sample_code, c.family_id, c.missing_person_id) c.*
                FROM identification_candidate c
                WHERE c.run_id >= COALESCE((SELECT max(id) FROM identification_run WHERE kind = 'FULL'), 0)
                ORDER BY c.sample_code, c.family_id, c.missing_person_id, c.id DESC)
            SELECT c.*, """ + LATEST_DECISION + " FROM current c) q";

    static final String WITH_STATUS = "SELECT c.*, " + LATEST_DECISION + " FROM identification_candidate c";

    /**
     * Candidate {@code q} still needs a decision: none yet, or a proposal or rejection that awaits its second
     * analyst, and its remains were not identified or re-associated otherwise since.
     */
    static final String UNDECIDED = "((q.latest_decision IS NULL OR q.latest_decision IN ('PROPOSED', 'REJECTED')) AND q.settled_by IS NULL)";

    /** Candidate {@code q.id} was computed with reference sample {@code ?}. */
    static final String USED_REFERENCE = """
            EXISTS (SELECT 1 FROM identification_candidate_reference r WHERE r.candidate_id = q.id AND r.sample_code = ?)""";

    private CandidateRows() {
    }

    static CandidateMatch candidate(ResultSet row, int n) throws SQLException {
        String latest = row.getString("latest_decision");
        CaseStatus status = CaseStatus.after(latest == null ? null : DecisionKind.valueOf(latest));
        CandidateMatch.Settled settled = settled(row.getString("settled_by"));
        boolean undecided = status == CaseStatus.OPEN || status == CaseStatus.PROPOSED || status == CaseStatus.REJECTED;
        return new CandidateMatch(row.getLong("id"), row.getLong("run_id"), row.getString("sample_code"), row.getString("body_number"),
                Sex.valueOf(row.getString("remains_sex")), sexSource(row.getString("remains_sex_source")),
                row.getBoolean("remains_sex_contradicted"), row.getString("family_id"), row.getString("missing_person_id"),
                row.getString("missing_pedigree_id"), row.getDouble("log10_lr"), row.getInt("markers_compared"),
                row.getInt("inconsistent_markers"), row.getDouble("prior"), row.getDouble("posterior"),
                settled != null && undecided ? CaseStatus.SETTLED_OTHERWISE : status, undecided ? settled : null);
    }

    private static CandidateMatch.Settled settled(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        return new CandidateMatch.Settled(EstablishedBy.valueOf(parts[0]), Long.parseLong(parts[1]), parts[2]);
    }

    private static RemainsSex.Source sexSource(String stored) {
        return stored == null ? null : RemainsSex.Source.valueOf(stored);
    }
}
