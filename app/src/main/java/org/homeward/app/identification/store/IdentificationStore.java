package org.homeward.app.identification.store;


import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.homeward.app.common.PagedSql;
import org.homeward.app.common.Sorting;
import org.homeward.app.identification.Identification;
import org.homeward.app.identification.CandidateMatch;
import org.homeward.app.identification.CaseStatus;
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DecisionKind;
import org.homeward.app.identification.DirectMatch;
import org.homeward.app.identification.DviConclusion;
import org.homeward.app.identification.RemainsSex;
import org.homeward.app.identification.Run;
import org.homeward.app.identification.RunKind;
import org.homeward.app.identification.ScreeningOutcome;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.kinship.Sex;
import org.homeward.kinship.screen.DirectMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identification's tables, through JdbcClient. Runs and decisions are only ever inserted. */
@Repository
public class IdentificationStore {

    /**
     * The latest decision on the pair of candidate {@code c}, as it bears on that candidate: an
     * EVIDENCE_WITHDRAWN taken on an earlier candidate leaves a later one (screened without the
     * withdrawn sample) open.
     */
    private static final String LATEST_DECISION = """
            (SELECT CASE WHEN d.kind = 'EVIDENCE_WITHDRAWN' AND d.candidate_id < c.id THEN NULL ELSE d.kind END
             FROM identification_decision d WHERE d.sample_code = c.sample_code
                AND d.family_id = c.family_id AND d.missing_person_id = c.missing_person_id
             ORDER BY d.id DESC LIMIT 1) AS latest_decision""";

    /** Candidates of the latest FULL run and of the INCREMENTAL runs after it; the latest row of each pair. */
    private static final String CURRENT = """
            SELECT * FROM (WITH current AS (
                SELECT DISTINCT ON (c.sample_code, c.family_id, c.missing_person_id) c.*
                FROM identification_candidate c
                WHERE c.run_id >= COALESCE((SELECT max(id) FROM identification_run WHERE kind = 'FULL'), 0)
                ORDER BY c.sample_code, c.family_id, c.missing_person_id, c.id DESC)
            SELECT c.*, """ + LATEST_DECISION + " FROM current c) q";

    private static final String WITH_STATUS = "SELECT c.*, " + LATEST_DECISION + " FROM identification_candidate c";

    /** Candidate {@code q} still needs a decision: none yet, or a proposal or rejection that awaits its second analyst. */
    private static final String UNDECIDED = "(q.latest_decision IS NULL OR q.latest_decision IN ('PROPOSED', 'REJECTED'))";

    /** Candidate {@code q.id} was computed with reference sample {@code ?}. */
    private static final String USED_REFERENCE = """
            EXISTS (SELECT 1 FROM identification_candidate_reference r WHERE r.candidate_id = q.id AND r.sample_code = ?)""";

    /** pg_advisory_xact_lock key serialising decision appends: "Decision" in ASCII. */
    private static final long APPEND_LOCK = 0x4465636973696f6eL;

    private final JdbcClient jdbc;

    IdentificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- runs ----------------------------------------------------------------------------------------

    /** What earlier runs screened: kind → item → fingerprint. */
    public Map<String, Map<String, String>> screened() {
        Map<String, Map<String, String>> out = new HashMap<>();
        jdbc.sql("SELECT kind, item, fingerprint FROM identification_screened").query(row -> {
            out.computeIfAbsent(row.getString("kind"), k -> new HashMap<>()).put(row.getString("item"), row.getString("fingerprint"));
        });
        return out;
    }

    public long insertRun(ScreeningOutcome outcome, String startedBy, Instant startedAt, long durationMs, double minLr) {
        long id = jdbc.sql("""
                INSERT INTO identification_run (kind, started_by, started_at, duration_ms, min_lr, prior_rule, families,
                    missing_persons, remains, new_families, new_remains, markers, pairs_screened, candidates, direct_matches,
                    families_without_references, samples_awaiting_profiles, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(outcome.kind().name(), startedBy, utc(startedAt), durationMs, minLr, outcome.priorRule(),
                        outcome.snapshot().families().size(), outcome.snapshot().missingPersons(), outcome.snapshot().remains().size(),
                        outcome.newFamilies().size(), outcome.newRemains().size(), outcome.markers(), outcome.pairsScreened(),
                        outcome.candidates().size(), outcome.directMatches().size(),
                        outcome.snapshot().familiesWithoutReferences().size(), outcome.snapshot().samplesAwaitingProfiles(),
                        String.join("\n", outcome.notes()))
                .query(Long.class).single();
        for (Found f : outcome.candidates()) {
            insertCandidate(id, f);
        }
        Map<String, String> bodies = new HashMap<>();
        outcome.snapshot().remainsInfo().forEach((code, info) -> bodies.put(code, info.bodyNumber()));
        for (DirectMatcher.Match m : outcome.directMatches()) {
            jdbc.sql("""
                    INSERT INTO identification_direct_match (run_id, first_sample, second_sample, first_body, second_body, log10_lr,
                        markers_compared, mismatches) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, m.first(), m.second(), bodies.getOrDefault(m.first(), m.first()),
                            bodies.getOrDefault(m.second(), m.second()), m.log10Lr(), m.markersCompared(), m.mismatches())
                    .update();
        }
        for (DviConclusion c : outcome.conclusions(id)) {
            jdbc.sql("""
                    INSERT INTO identification_dvi_conclusion (run_id, family_id, side, subject, matched, conclusion, log10_lr,
                        log10_glr, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, c.familyId(), c.side(), c.subject(), c.matched(), c.conclusion(), c.log10Lr(), c.log10Glr(),
                            c.comment() == null ? "" : c.comment())
                    .update();
        }
        if (outcome.kind() == RunKind.FULL) {
            jdbc.sql("DELETE FROM identification_screened").update();
            outcome.snapshot().familyFingerprints().forEach((item, print) -> screened(ScreeningOutcome.FAMILY, item, print, id));
            outcome.snapshot().remainsFingerprints().forEach((item, print) -> screened(ScreeningOutcome.REMAINS, item, print, id));
        } else {
            outcome.newFamilies().forEach(item -> screened(ScreeningOutcome.FAMILY, item,
                    outcome.snapshot().familyFingerprints().get(item), id));
            outcome.newRemains().forEach(item -> screened(ScreeningOutcome.REMAINS, item,
                    outcome.snapshot().remainsFingerprints().get(item), id));
        }
        return id;
    }

    /** Records that run {@code runId} screened the item with this fingerprint. */
    public void screened(String kind, String item, String fingerprint, long runId) {
        jdbc.sql("""
                INSERT INTO identification_screened (kind, item, fingerprint, run_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, item) DO UPDATE SET fingerprint = excluded.fingerprint, run_id = excluded.run_id""")
                .params(kind, item, fingerprint, runId).update();
    }

    private void insertCandidate(long runId, Found f) {
        long id = jdbc.sql("""
                INSERT INTO identification_candidate (run_id, sample_code, body_number, remains_sex, remains_sex_source,
                    remains_sex_contradicted, received_at, family_id, missing_person_id, missing_pedigree_id, log10_lr,
                    markers_compared, inconsistent_markers, prior, posterior, pedigree)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(runId, f.candidate().remainsId(), f.bodyNumber(), f.remainsSex().sex().name(), f.remainsSex().source().name(),
                        f.remainsSex().contradicted(),
                        f.receivedAt() == null ? null : utc(f.receivedAt()), f.candidate().familyId(),
                        f.missingPersonId(), f.candidate().missingPerson(), f.candidate().log10Lr(), f.candidate().markersCompared(),
                        f.candidate().inconsistentMarkers(), f.prior(), f.posterior(), f.pedigree())
                .query(Long.class).single();
        f.markers().forEach((marker, values) -> jdbc.sql("""
                INSERT INTO identification_candidate_marker (candidate_id, marker, log10_lr, inconsistent) VALUES (?, ?, ?, ?)""")
                .params(id, marker, values[0], values[1] != 0).update());
        f.references().forEach((person, code) -> jdbc.sql("""
                INSERT INTO identification_candidate_reference (candidate_id, pedigree_id, sample_code) VALUES (?, ?, ?)""")
                .params(id, person, code).update());
    }

    public List<Run> runs(int limit) {
        return jdbc.sql("SELECT * FROM identification_run ORDER BY id DESC LIMIT ?").param(limit).query(IdentificationStore::run).list();
    }

    /** The columns the list of runs sorts by; newest first unless asked otherwise. */
    private static final Sorting RUN_ORDER = Sorting.of("id", true, "id", "id", "id", "kind", "kind", "started", "started_at",
            "candidates", "candidates", "duration", "duration_ms");

    /** A page of the runs, of one kind (the filter's status) and started on the filter's UTC days when given. */
    public Page<Run> runs(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return PagedSql.from("identification_run").whenGiven(filter.status(), "kind = ?")
                .betweenDays("started_at", filter.from(), filter.to())
                .page(jdbc, "*", query, RUN_ORDER, IdentificationStore::run);
    }

    public Optional<Run> run(long id) {
        return jdbc.sql("SELECT * FROM identification_run WHERE id = ?").param(id).query(IdentificationStore::run).optional();
    }

    // --- candidates --------------------------------------------------------------------------------

    /** Current candidates computed with the reference sample that await a decision (open, proposed or rejected). */
    public List<CandidateMatch> undecidedUsingReference(String sampleCode) {
        return jdbc.sql(CURRENT + " WHERE (q.latest_decision IS NULL OR q.latest_decision IN ('PROPOSED', 'REJECTED')) AND "
                + USED_REFERENCE + " ORDER BY q.id").param(sampleCode).query(IdentificationStore::candidate).list();
    }

    public List<CandidateMatch> candidatesOfRun(long runId) {
        return jdbc.sql(WITH_STATUS + " WHERE c.run_id = ? ORDER BY c.log10_lr DESC, c.id").param(runId)
                .query(IdentificationStore::candidate).list();
    }

    /** The columns a list of candidates sorts by; best LR first unless asked otherwise. */
    private static final Sorting CANDIDATE_ORDER = Sorting.of("lr", true, "q.id", "lr", "q.log10_lr", "remains", "q.body_number",
            "sample", "q.sample_code", "family", "q.family_id", "person", "q.missing_person_id", "posterior", "q.posterior",
            "markers", "q.markers_compared", "status", "q.latest_decision");

    /** A page of run {@code runId}'s candidates, filtered by family and by text in the remains, sample, family or person. */
    public Page<CandidateMatch> candidatesOfRun(long runId, ListQuery query) {
        return candidates(PagedSql.from("(" + WITH_STATUS + " WHERE c.run_id = ?) q", runId), query);
    }

    /** A page of the review queue ({@link #queue(double)}), filtered like a run's candidates. */
    public Page<CandidateMatch> queue(double log10Threshold, ListQuery query) {
        return candidates(PagedSql.from("(" + CURRENT + " WHERE q.log10_lr >= ? AND " + UNDECIDED + ") q", log10Threshold), query);
    }

    private Page<CandidateMatch> candidates(PagedSql rows, ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return rows.whenGiven(filter.family(), "q.family_id = ?")
                .containing(filter.text(), "q.body_number", "q.sample_code", "q.family_id", "q.missing_person_id")
                .page(jdbc, "q.*", query, CANDIDATE_ORDER, IdentificationStore::candidate);
    }

    /** Current candidates at or above {@code log10Threshold} that still need a decision, best first. */
    public List<CandidateMatch> queue(double log10Threshold) {
        return jdbc.sql(CURRENT + " WHERE q.log10_lr >= ? AND " + UNDECIDED + " ORDER BY q.log10_lr DESC, q.id")
                .param(log10Threshold).query(IdentificationStore::candidate).list();
    }

    public Optional<CandidateMatch> candidate(long id) {
        return jdbc.sql(WITH_STATUS + " WHERE c.id = ?").param(id).query(IdentificationStore::candidate).optional();
    }

    /** Other current candidates for the same remains sample, or for the same missing person. */
    public List<CandidateMatch> conflicts(CandidateMatch c) {
        return jdbc.sql(CURRENT + """
                 WHERE (q.sample_code = ? OR (q.family_id = ? AND q.missing_person_id = ?))
                   AND NOT (q.sample_code = ? AND q.family_id = ? AND q.missing_person_id = ?)
                ORDER BY q.log10_lr DESC, q.id""")
                .params(c.sampleCode(), c.familyId(), c.missingPersonId(), c.sampleCode(), c.familyId(), c.missingPersonId())
                .query(IdentificationStore::candidate).list();
    }

    /** Per marker: {log10 LR, 1 when inconsistent}, in the order stored. */
    public Map<String, double[]> markers(long candidateId) {
        Map<String, double[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT marker, log10_lr, inconsistent FROM identification_candidate_marker WHERE candidate_id = ? ORDER BY marker")
                .param(candidateId)
                .query(row -> {
                    out.put(row.getString("marker"), new double[] {row.getDouble("log10_lr"), row.getBoolean("inconsistent") ? 1 : 0});
                });
        return out;
    }

    /** Pedigree id → sample code of the references the candidate's family was screened with. */
    public Map<String, String> references(long candidateId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT pedigree_id, sample_code FROM identification_candidate_reference WHERE candidate_id = ? ORDER BY pedigree_id")
                .param(candidateId).query(row -> {
                    out.put(row.getString("pedigree_id"), row.getString("sample_code"));
                });
        return out;
    }

    public String pedigree(long candidateId) {
        return jdbc.sql("SELECT pedigree FROM identification_candidate WHERE id = ?").param(candidateId).query(String.class).single();
    }

    public List<DirectMatch> currentDirectMatches() {
        return jdbc.sql("""
                SELECT DISTINCT ON (first_sample, second_sample) * FROM identification_direct_match
                WHERE run_id >= COALESCE((SELECT max(id) FROM identification_run WHERE kind = 'FULL'), 0)
                ORDER BY first_sample, second_sample, run_id DESC""")
                .query((row, n) -> directMatch(row)).list();
    }

    public List<DirectMatch> directMatchesOfRun(long runId) {
        return jdbc.sql("SELECT * FROM identification_direct_match WHERE run_id = ? ORDER BY log10_lr DESC").param(runId)
                .query((row, n) -> directMatch(row)).list();
    }

    public List<DviConclusion> dviOfRun(long runId) {
        return jdbc.sql("SELECT * FROM identification_dvi_conclusion WHERE run_id = ? ORDER BY family_id, side, id").param(runId)
                .query((row, n) -> dvi(row)).list();
    }

    /** The family's conclusions from the latest run that analysed it jointly. */
    public List<DviConclusion> latestDvi(String familyId) {
        return jdbc.sql("""
                SELECT * FROM identification_dvi_conclusion WHERE family_id = ?
                  AND run_id = (SELECT max(run_id) FROM identification_dvi_conclusion WHERE family_id = ?)
                ORDER BY side, id""").params(familyId, familyId).query((row, n) -> dvi(row)).list();
    }

    // --- decisions ---------------------------------------------------------------------------------

    public Optional<Decision> latestDecision(String sampleCode, String familyId, String missingPersonId) {
        return jdbc.sql("""
                SELECT * FROM identification_decision WHERE sample_code = ? AND family_id = ? AND missing_person_id = ?
                ORDER BY id DESC LIMIT 1""").params(sampleCode, familyId, missingPersonId).query(IdentificationStore::decision).optional();
    }

    public List<Decision> decisionsOfPair(String sampleCode, String familyId, String missingPersonId) {
        return jdbc.sql("""
                SELECT * FROM identification_decision WHERE sample_code = ? AND family_id = ? AND missing_person_id = ? ORDER BY id""")
                .params(sampleCode, familyId, missingPersonId).query(IdentificationStore::decision).list();
    }

    /** Confirmed identifications of the sample or of the missing person (whatever the other side). */
    public List<Decision> confirmationsTouching(String sampleCode, String missingPersonId) {
        return jdbc.sql("""
                SELECT * FROM identification_decision WHERE kind = 'CONFIRMED' AND (sample_code = ? OR missing_person_id = ?) ORDER BY id""")
                .params(sampleCode, missingPersonId).query(IdentificationStore::decision).list();
    }

    public Optional<Decision> decision(long id) {
        return jdbc.sql("SELECT * FROM identification_decision WHERE id = ?").param(id).query(IdentificationStore::decision).optional();
    }

    /** The columns the list of decisions sorts by; newest first unless asked otherwise. */
    private static final Sorting DECISION_ORDER = Sorting.of("id", true, "id", "id", "id", "kind", "kind", "remains", "body_number",
            "person", "missing_person_id", "lr", "log10_lr", "by", "decided_by", "decided", "decided_at");

    /**
     * A page of the decisions: of one kind (the filter's status), family, days decided, and with the text
     * in the remains, sample, family, missing person or analyst, when given.
     */
    public Page<Decision> decisions(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return PagedSql.from("identification_decision").whenGiven(filter.status(), "kind = ?")
                .whenGiven(filter.family(), "family_id = ?").betweenDays("decided_at", filter.from(), filter.to())
                .containing(filter.text(), "body_number", "sample_code", "family_id", "missing_person_id", "decided_by")
                .page(jdbc, "*", query, DECISION_ORDER, IdentificationStore::decision);
    }

    public List<Decision> decisions(int limit) {
        return jdbc.sql("SELECT * FROM identification_decision ORDER BY id DESC LIMIT ?").param(limit)
                .query(IdentificationStore::decision).list();
    }

    public List<Decision> confirmed() {
        return jdbc.sql("SELECT * FROM identification_decision WHERE kind = 'CONFIRMED' ORDER BY id")
                .query(IdentificationStore::decision).list();
    }

    /** Every decision in order, for verifying the chain. */
    public List<Decision> allDecisions() {
        return jdbc.sql("SELECT * FROM identification_decision ORDER BY id").query(IdentificationStore::decision).list();
    }

    /** The head of the chain, taken under a transaction-level lock so that decisions append one at a time. */
    public Optional<Decision> lockedHead() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        return jdbc.sql("SELECT * FROM identification_decision ORDER BY id DESC LIMIT 1").query(IdentificationStore::decision).optional();
    }

    public void insertDecision(Decision d) {
        jdbc.sql("""
                INSERT INTO identification_decision (id, kind, candidate_id, proposal_id, sample_code, body_number, family_id,
                    missing_person_id, log10_lr, prior, posterior, reason, decided_by, decided_at, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.kind().name(), d.candidateId(), d.proposalId(), d.sampleCode(), d.bodyNumber(), d.familyId(),
                        d.missingPersonId(), d.log10Lr(), d.prior(), d.posterior(), d.reason(), d.decidedBy(), utc(d.decidedAt()),
                        d.previousHash(), d.hash())
                .update();
    }

    // --- figures for the dashboard -----------------------------------------------------------------

    /** Confirmed identifications per month (yyyy-MM, UTC), oldest first. */
    public Map<String, Long> identificationsByMonth() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n FROM identification_decision
                WHERE kind = 'CONFIRMED' GROUP BY 1 ORDER BY 1""").query(row -> {
                    out.put(row.getString("month"), row.getLong("n"));
                });
        return out;
    }

    public Map<CaseStatus, Long> currentByStatus(double log10Threshold) {
        Map<CaseStatus, Long> out = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            out.put(s, 0L);
        }
        jdbc.sql(CURRENT + " WHERE q.log10_lr >= ?").param(log10Threshold).query(IdentificationStore::candidate).list()
                .forEach(c -> out.merge(c.status(), 1L, Long::sum));
        return out;
    }

    /** Days from receipt of the remains to the confirmation, for identifications whose receipt date is known. */
    public List<Double> daysFromReceiptToIdentification() {
        return jdbc.sql("""
                SELECT extract(epoch FROM d.decided_at - c.received_at) / 86400.0 AS days
                FROM identification_decision d JOIN identification_candidate c ON c.id = d.candidate_id
                WHERE d.kind = 'CONFIRMED' AND c.received_at IS NOT NULL ORDER BY 1""").query(Double.class).list();
    }

    // --- rows --------------------------------------------------------------------------------------

    private static Run run(ResultSet row, int n) throws SQLException {
        return new Run(row.getLong("id"), RunKind.valueOf(row.getString("kind")), row.getString("started_by"),
                instant(row, "started_at"), row.getLong("duration_ms"), row.getDouble("min_lr"), row.getString("prior_rule"),
                row.getInt("families"), row.getInt("missing_persons"), row.getInt("remains"), row.getInt("new_families"),
                row.getInt("new_remains"), row.getInt("markers"), row.getLong("pairs_screened"), row.getInt("candidates"),
                row.getInt("direct_matches"), row.getInt("families_without_references"),
                (Integer) row.getObject("samples_awaiting_profiles"), row.getString("notes"));
    }

    private static CandidateMatch candidate(ResultSet row, int n) throws SQLException {
        String latest = row.getString("latest_decision");
        return new CandidateMatch(row.getLong("id"), row.getLong("run_id"), row.getString("sample_code"), row.getString("body_number"),
                Sex.valueOf(row.getString("remains_sex")), sexSource(row.getString("remains_sex_source")),
                row.getBoolean("remains_sex_contradicted"), row.getString("family_id"), row.getString("missing_person_id"),
                row.getString("missing_pedigree_id"), row.getDouble("log10_lr"), row.getInt("markers_compared"),
                row.getInt("inconsistent_markers"), row.getDouble("prior"), row.getDouble("posterior"),
                CaseStatus.after(latest == null ? null : DecisionKind.valueOf(latest)));
    }

    private static RemainsSex.Source sexSource(String stored) {
        return stored == null ? null : RemainsSex.Source.valueOf(stored);
    }

    private static Decision decision(ResultSet row, int n) throws SQLException {
        long proposal = row.getLong("proposal_id");
        Long proposalId = row.wasNull() ? null : proposal;
        return new Decision(row.getLong("id"), DecisionKind.valueOf(row.getString("kind")), row.getLong("candidate_id"), proposalId,
                row.getString("sample_code"), row.getString("body_number"), row.getString("family_id"),
                row.getString("missing_person_id"), row.getDouble("log10_lr"), row.getDouble("prior"), row.getDouble("posterior"),
                row.getString("reason"), row.getString("decided_by"), instant(row, "decided_at"), row.getString("previous_hash"),
                row.getString("hash"));
    }

    private static DirectMatch directMatch(ResultSet row) throws SQLException {
        return new DirectMatch(row.getLong("run_id"), row.getString("first_sample"), row.getString("second_sample"),
                row.getString("first_body"), row.getString("second_body"), row.getDouble("log10_lr"), row.getInt("markers_compared"),
                row.getInt("mismatches"));
    }

    private static DviConclusion dvi(ResultSet row) throws SQLException {
        double lr = row.getDouble("log10_lr");
        Double log10Lr = row.wasNull() ? null : lr;
        double glr = row.getDouble("log10_glr");
        Double log10Glr = row.wasNull() ? null : glr;
        return new DviConclusion(row.getLong("run_id"), row.getString("family_id"), row.getString("side"), row.getString("subject"),
                row.getString("matched"), row.getString("conclusion"), log10Lr, log10Glr, row.getString("comment"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : new ArrayList<>(List.of(text.split("\n")));
    }
}
