package org.homeward.app.identification.store;

import static org.homeward.app.common.SqlTimes.instant;
import static org.homeward.app.identification.store.IdentificationStore.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.homeward.app.identification.Reassociation;
import org.homeward.app.identification.ReassociationBasis;
import org.homeward.app.identification.ReassociationReviewFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The re-associations of further parts, and what they are checked against in identification's own
 * tables: the person's confirmed identification, the remains already identified, the current run's
 * direct matches and candidates.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReassociationStore {

    /** A person's confirmed identification: the decision, its remains and the pedigree it was computed with. */
    public record Identified(long decisionId, String sampleCode, String bodyNumber, String familyId, String missingPedigreeId,
                             String pedigree) {
    }

    /**
     * The DNA a part's proposal rests on: its sample, the LR, for a direct match the identified remains matched, for a
     * kinship LR the candidate (computed with the family's reference samples).
     */
    public record DnaSupport(String sampleCode, double log10Lr, String matchedBody, Long candidateId) {
    }

    /** pg_advisory_xact_lock key serialising re-association decisions: "Reassoci" in ASCII. */
    private static final long LOCK = 0x52656173736f6369L;

    private static final String CURRENT_RUNS = "run_id >= COALESCE((SELECT max(id) FROM identification_run WHERE kind = 'FULL'), 0)";

    /** The remains identified as a person: by the confirmed decision or a confirmed re-association. */
    private static final String IDENTIFIED_BODIES = """
            (SELECT body_number FROM identification_decision WHERE kind = 'CONFIRMED' AND missing_person_id = :person
             UNION SELECT body_number FROM identification_reassociation WHERE status = 'CONFIRMED' AND missing_person_id = :person)""";

    private final JdbcClient jdbc;

    /** Takes the transaction-level lock under which proposals and decisions are checked and written one at a time. */
    public void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query((row, n) -> 1).list();
    }

    /** The person's first confirmed identification, with the pedigree its candidate was computed with. */
    public Optional<Identified> identification(String missingPersonId) {
        return jdbc.sql("""
                SELECT d.id, d.sample_code, d.body_number, d.family_id, c.missing_pedigree_id, c.pedigree
                FROM identification_decision d JOIN identification_candidate c ON c.id = d.candidate_id
                WHERE d.kind = 'CONFIRMED' AND d.missing_person_id = ? ORDER BY d.id LIMIT 1""")
                .param(missingPersonId)
                .query((row, n) -> new Identified(row.getLong("id"), row.getString("sample_code"), row.getString("body_number"),
                        row.getString("family_id"), row.getString("missing_pedigree_id"), row.getString("pedigree")))
                .optional();
    }

    /** The person the remains are already identified as, by a confirmed decision or a confirmed re-association. */
    public Optional<String> identifiedAs(String bodyNumber) {
        return jdbc.sql("""
                SELECT missing_person_id FROM identification_decision WHERE kind = 'CONFIRMED' AND body_number = :body
                UNION SELECT missing_person_id FROM identification_reassociation WHERE status = 'CONFIRMED' AND body_number = :body
                LIMIT 1""").param("body", bodyNumber).query(String.class).optional();
    }

    /** The part's re-association awaiting a second analyst, if there is one. */
    public Optional<Reassociation> pendingOfPart(String bodyNumber) {
        return jdbc.sql("SELECT * FROM identification_reassociation WHERE body_number = ? AND status = 'PROPOSED'").param(bodyNumber)
                .query(ReassociationStore::reassociation).optional();
    }

    /** The strongest current direct match between a sample of the part and the remains identified as the person. */
    public Optional<DnaSupport> directMatch(String partBody, String missingPersonId) {
        return jdbc.sql("SELECT CASE WHEN first_body = :part THEN first_sample ELSE second_sample END AS part_sample,"
                        + " CASE WHEN first_body = :part THEN second_body ELSE first_body END AS matched, log10_lr"
                        + " FROM identification_direct_match WHERE " + CURRENT_RUNS
                        + " AND ((first_body = :part AND second_body IN " + IDENTIFIED_BODIES + ")"
                        + " OR (second_body = :part AND first_body IN " + IDENTIFIED_BODIES + "))"
                        + " ORDER BY log10_lr DESC LIMIT 1")
                .param("part", partBody).param("person", missingPersonId)
                .query((row, n) -> new DnaSupport(row.getString("part_sample"), row.getDouble("log10_lr"), row.getString("matched"), null))
                .optional();
    }

    /** The part's own current candidate for the person, the strongest of its samples. */
    public Optional<DnaSupport> kinship(String partBody, String missingPersonId) {
        return jdbc.sql("SELECT id, sample_code, log10_lr FROM identification_candidate WHERE " + CURRENT_RUNS
                        + " AND body_number = ? AND missing_person_id = ? ORDER BY run_id DESC, log10_lr DESC LIMIT 1")
                .params(partBody, missingPersonId)
                .query((row, n) -> new DnaSupport(row.getString("sample_code"), row.getDouble("log10_lr"), null, row.getLong("id")))
                .optional();
    }

    /** Stores a proposal; {@code candidateId} is the candidate a kinship proposal rests on (else null). */
    public long insert(Reassociation r, Long candidateId) {
        return jdbc.sql("""
                INSERT INTO identification_reassociation (body_number, sample_code, missing_person_id, family_id, identification, basis,
                    matched_body, log10_lr, reason, proposed_by, proposed_at, candidate_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(r.bodyNumber(), r.sampleCode(), r.missingPersonId(), r.familyId(), r.identification(), r.basis().name(),
                        r.matchedBody(), r.log10Lr(), r.reason(), r.proposedBy(), utc(r.proposedAt()), candidateId)
                .query(Long.class).single();
    }

    /** The candidate a kinship proposal rests on, if it rests on one. */
    public Optional<Long> candidateOf(long reassociationId) {
        return jdbc.sql("SELECT candidate_id FROM identification_reassociation WHERE id = ? AND candidate_id IS NOT NULL")
                .param(reassociationId).query(Long.class).optional();
    }

    /** The re-associations in the status resting on a candidate computed with the reference sample. */
    public List<Long> usingReference(Reassociation.Status status, String sampleCode) {
        return jdbc.sql("""
                SELECT r.id FROM identification_reassociation r
                WHERE r.status = ? AND r.candidate_id IN
                      (SELECT candidate_id FROM identification_candidate_reference WHERE sample_code = ?) ORDER BY r.id""")
                .params(status.name(), sampleCode).query(Long.class).list();
    }

    /** Flags a confirmed re-association for a supervisor's review (once per re-association and sample). */
    public void flag(ReassociationReviewFlag flag) {
        jdbc.sql("""
                INSERT INTO identification_reassociation_review_flag (reassociation_id, sample_code, reason, flagged_by, flagged_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (reassociation_id, sample_code) DO NOTHING""")
                .params(flag.reassociationId(), flag.sampleCode(), flag.reason(), flag.flaggedBy(), utc(flag.flaggedAt())).update();
    }

    /** Every re-association's review flag, newest first. */
    public List<ReassociationReviewFlag> reviewFlags(int limit) {
        return jdbc.sql("SELECT * FROM identification_reassociation_review_flag ORDER BY flagged_at DESC, reassociation_id DESC LIMIT ?")
                .param(limit).query((row, n) -> new ReassociationReviewFlag(row.getLong("reassociation_id"), row.getString("sample_code"),
                        row.getString("reason"), row.getString("flagged_by"), instant(row, "flagged_at"))).list();
    }

    /** Settles a pending proposal; false when it was no longer pending. */
    public boolean decide(long id, Reassociation.Status status, String by, Instant at, String reason) {
        return jdbc.sql("""
                UPDATE identification_reassociation SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                WHERE id = ? AND status = 'PROPOSED'""")
                .params(status.name(), by, utc(at), reason, id).update() == 1;
    }

    public Optional<Reassociation> find(long id) {
        return jdbc.sql("SELECT * FROM identification_reassociation WHERE id = ?").param(id).query(ReassociationStore::reassociation)
                .optional();
    }

    /** The newest first, pending before settled. */
    public List<Reassociation> recent(int limit) {
        return jdbc.sql("SELECT * FROM identification_reassociation ORDER BY (status = 'PROPOSED') DESC, id DESC LIMIT ?").param(limit)
                .query(ReassociationStore::reassociation).list();
    }

    /** How many further parts of the person await a second analyst. */
    public int pendingFor(String missingPersonId) {
        return jdbc.sql("SELECT count(*) FROM identification_reassociation WHERE missing_person_id = ? AND status = 'PROPOSED'")
                .param(missingPersonId).query(Integer.class).single();
    }

    private static Reassociation reassociation(ResultSet row, int n) throws SQLException {
        double lr = row.getDouble("log10_lr");
        Double log10Lr = row.wasNull() ? null : lr;
        return new Reassociation(row.getLong("id"), row.getString("body_number"), row.getString("sample_code"),
                row.getString("missing_person_id"), row.getString("family_id"), row.getLong("identification"),
                ReassociationBasis.valueOf(row.getString("basis")), row.getString("matched_body"), log10Lr, row.getString("reason"),
                row.getString("proposed_by"), instant(row, "proposed_at"), Reassociation.Status.valueOf(row.getString("status")),
                row.getString("decided_by"), instant(row, "decided_at"), row.getString("decision_reason"));
    }
}
