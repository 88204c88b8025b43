package org.homeward.app.identification.store;


import static org.homeward.app.identification.store.CandidateRows.CURRENT;
import static org.homeward.app.identification.store.CandidateRows.UNDECIDED;
import static org.homeward.app.identification.store.CandidateRows.USED_REFERENCE;
import static org.homeward.app.identification.store.CandidateRows.WITH_STATUS;
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
import org.homeward.app.identification.Decision;
import org.homeward.app.identification.DirectMatch;
import org.homeward.app.identification.DviConclusion;
import org.homeward.app.identification.Run;
import org.homeward.app.identification.RunKind;
import org.homeward.app.identification.ScreeningOutcome;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.kinship.screen.DirectMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Identification's tables, through JdbcClient. Runs and decisions are only ever inserted. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IdentificationStore {

    /** pg_advisory_xact_lock key serialising decision appends: "Decision" in ASCII. */
    private static final long APPEND_LOCK = 0x4465636973696f6eL;

    private final JdbcClient jdbc;

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
        return jdbc.sql("SELECT * FROM identification_run ORDER BY id DESC LIMIT ?").param(limit).query(IdentificationRows::run).list();
    }

    /** The columns the list of runs sorts by; newest first unless asked otherwise. */
    private static final Sorting RUN_ORDER = Sorting.of("id", true, "id", "id", "id", "kind", "kind", "started", "started_at",
            "candidates", "candidates", "duration", "duration_ms");

    /** A page of the runs, of one kind (the filter's status) and started on the filter's UTC days when given. */
    public Page<Run> runs(ListQuery query) {
        ListQuery.Filter filter = query.filter();
        return PagedSql.from("identification_run").whenGiven(filter.status(), "kind = ?")
                .betweenDays("started_at", filter.from(), filter.to())
                .page(jdbc, "*", query, RUN_ORDER, IdentificationRows::run);
    }

    public Optional<Run> run(long id) {
        return jdbc.sql("SELECT * FROM identification_run WHERE id = ?").param(id).query(IdentificationRows::run).optional();
    }

    // --- candidates --------------------------------------------------------------------------------

    /** Current candidates computed with the reference sample that await a decision (open, proposed or rejected). */
    public List<CandidateMatch> undecidedUsingReference(String sampleCode) {
        return jdbc.sql(CURRENT + " WHERE (q.latest_decision IS NULL OR q.latest_decision IN ('PROPOSED', 'REJECTED')) AND "
                + USED_REFERENCE + " ORDER BY q.id").param(sampleCode).query(CandidateRows::candidate).list();
    }

    public List<CandidateMatch> candidatesOfRun(long runId) {
        return jdbc.sql(WITH_STATUS + " WHERE c.run_id = ? ORDER BY c.log10_lr DESC, c.id").param(runId)
                .query(CandidateRows::candidate).list();
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
                .page(jdbc, "q.*", query, CANDIDATE_ORDER, CandidateRows::candidate);
    }

    /** Current candidates at or above {@code log10Threshold} that still need a decision, best first. */
    public List<CandidateMatch> queue(double log10Threshold) {
        return jdbc.sql(CURRENT + " WHERE q.log10_lr >= ? AND " + UNDECIDED + " ORDER BY q.log10_lr DESC, q.id")
                .param(log10Threshold).query(CandidateRows::candidate).list();
    }

    public Optional<CandidateMatch> candidate(long id) {
        return jdbc.sql(WITH_STATUS + " WHERE c.id = ?").param(id).query(CandidateRows::candidate).optional();
    }

    /** Other current candidates for the same remains sample, or for the same missing person. */
    public List<CandidateMatch> conflicts(CandidateMatch c) {
        return jdbc.sql(CURRENT + """
                 WHERE (q.sample_code = ? OR (q.family_id = ? AND q.missing_person_id = ?))
                   AND NOT (q.sample_code = ? AND q.family_id = ? AND q.missing_person_id = ?)
                ORDER BY q.log10_lr DESC, q.id""")
                .params(c.sampleCode(), c.familyId(), c.missingPersonId(), c.sampleCode(), c.familyId(), c.missingPersonId())
                .query(CandidateRows::candidate).list();
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
                .query((row, n) -> IdentificationRows.directMatch(row)).list();
    }

    public List<DirectMatch> directMatchesOfRun(long runId) {
        return jdbc.sql("SELECT * FROM identification_direct_match WHERE run_id = ? ORDER BY log10_lr DESC").param(runId)
                .query((row, n) -> IdentificationRows.directMatch(row)).list();
    }

    public List<DviConclusion> dviOfRun(long runId) {
        return jdbc.sql("SELECT * FROM identification_dvi_conclusion WHERE run_id = ? ORDER BY family_id, side, id").param(runId)
                .query((row, n) -> IdentificationRows.dvi(row)).list();
    }

    /** The family's conclusions from the latest run that analysed it jointly. */
    public List<DviConclusion> latestDvi(String familyId) {
        return jdbc.sql("""
                SELECT * FROM identification_dvi_conclusion WHERE family_id = ?
                  AND run_id = (SELECT max(run_id) FROM identification_dvi_conclusion WHERE family_id = ?)
                ORDER BY side, id""").params(familyId, familyId).query((row, n) -> IdentificationRows.dvi(row)).list();
    }

    // --- decisions ---------------------------------------------------------------------------------

    public Optional<Decision> latestDecision(String sampleCode, String familyId, String missingPersonId) {
        return jdbc.sql("""
                SELECT * FROM identification_decision WHERE sample_code = ? AND family_id = ? AND missing_person_id = ?
                ORDER BY id DESC LIMIT 1""").params(sampleCode, familyId, missingPersonId).query(IdentificationRows::decision).optional();
    }

    public List<Decision> decisionsOfPair(String sampleCode, String familyId, String missingPersonId) {
        return jdbc.sql("""
                SELECT * FROM identification_decision WHERE sample_code = ? AND family_id = ? AND missing_person_id = ? ORDER BY id""")
                .params(sampleCode, familyId, missingPersonId).query(IdentificationRows::decision).list();
    }

    /** Confirmed identifications of the sample or of the missing person (whatever the other side). */
    public List<Decision> confirmationsTouching(String sampleCode, String missingPersonId) {
        return jdbc.sql("""
                SELECT * FROM identification_decision WHERE kind = 'CONFIRMED' AND (sample_code = ? OR missing_person_id = ?) ORDER BY id""")
                .params(sampleCode, missingPersonId).query(IdentificationRows::decision).list();
    }

    public Optional<Decision> decision(long id) {
        return jdbc.sql("SELECT * FROM identification_decision WHERE id = ?").param(id).query(IdentificationRows::decision).optional();
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
                .page(jdbc, "*", query, DECISION_ORDER, IdentificationRows::decision);
    }

    public List<Decision> decisions(int limit) {
        return jdbc.sql("SELECT * FROM identification_decision ORDER BY id DESC LIMIT ?").param(limit)
                .query(IdentificationRows::decision).list();
    }

    public List<Decision> confirmed() {
        return jdbc.sql("SELECT * FROM identification_decision WHERE kind = 'CONFIRMED' ORDER BY id")
                .query(IdentificationRows::decision).list();
    }

    /** Every decision in order, for verifying the chain. */
    public List<Decision> allDecisions() {
        return jdbc.sql("SELECT * FROM identification_decision ORDER BY id").query(IdentificationRows::decision).list();
    }

    /** The head of the chain, taken under a transaction-level lock so that decisions append one at a time. */
    public Optional<Decision> lockedHead() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        return jdbc.sql("SELECT * FROM identification_decision ORDER BY id DESC LIMIT 1").query(IdentificationRows::decision).optional();
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

    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The id of the run's stored candidate {@code f}: the parts stored beside a candidate refer to it. */
    static long candidateId(JdbcClient jdbc, long runId, Found f) {
        return jdbc.sql("""
                SELECT id FROM identification_candidate WHERE run_id = ? AND sample_code = ? AND family_id = ? AND missing_pedigree_id = ?""")
                .params(runId, f.candidate().remainsId(), f.candidate().familyId(), f.candidate().missingPerson()).query(Long.class).single();
    }

    public static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : new ArrayList<>(List.of(text.split("\n")));
    }
}
