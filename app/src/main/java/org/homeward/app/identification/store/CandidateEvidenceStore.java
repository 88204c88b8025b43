package org.homeward.app.identification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.CandidateDropout;
import org.homeward.app.identification.CandidateLineage;
import org.homeward.app.identification.CandidateX;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Sex;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.homeward.kinship.lineage.HaplotypeCount;
import org.homeward.kinship.lineage.MtComparison;
import org.homeward.kinship.lineage.MtLineageEvidence;
import org.homeward.kinship.lineage.YLineageLr;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The parts of a candidate's evidence stored beside it, each in its own table and present only when
 * that evidence took part: the X-STR part ({@code identification_candidate_x}), the lineage parts
 * ({@code identification_candidate_lineage}) and the dropout model ({@code identification_candidate_dropout}).
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CandidateEvidenceStore {

    private final JdbcClient jdbc;

    /** Stores the X part of a candidate the run has just stored. */
    public void insertX(long runId, Found f) {
        long candidateId = IdentificationStore.candidateId(jdbc, runId, f);
        CandidateX x = f.x();
        StringBuilder units = new StringBuilder();
        x.units().forEach(u -> units.append(u.linkageGroup()).append('\t').append(u.marker()).append('\t').append(u.lr()).append('\n'));
        jdbc.sql("""
                INSERT INTO identification_candidate_x (candidate_id, before_log10_lr, before_typed, x_log10_lr, remains_sex, units,
                    relatives, frequency_database)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(candidateId, x.beforeLog10Lr(), x.beforeTyped(), x.xLog10Lr(), x.remainsSex().name(), units.toString(),
                        x.relatives().toArray(String[]::new), x.frequencyDatabase())
                .update();
    }

    /** The candidate's X part, empty when no X-STR took part. */
    public Optional<CandidateX> x(long candidateId) {
        return jdbc.sql("SELECT * FROM identification_candidate_x WHERE candidate_id = ?").param(candidateId)
                .query(CandidateEvidenceStore::readX).optional();
    }

    private static CandidateX readX(ResultSet row, int n) throws SQLException {
        List<CandidateX.Unit> units = new ArrayList<>();
        for (String line : IdentificationStore.lines(row.getString("units"))) {
            String[] f = line.split("\t", -1);
            units.add(new CandidateX.Unit(f[0], f[1], Double.parseDouble(f[2])));
        }
        return new CandidateX(row.getDouble("before_log10_lr"), row.getBoolean("before_typed"), row.getDouble("x_log10_lr"), Sex.valueOf(row.getString("remains_sex")),
                units, Arrays.asList((String[]) row.getArray("relatives").getArray()), row.getString("frequency_database"));
    }

    /** Stores the lineage parts of a candidate the run has just stored. */
    public void insertLineage(long runId, Found f) {
        long candidateId = IdentificationStore.candidateId(jdbc, runId, f);
        CandidateLineage l = f.lineage();
        Optional<CandidateLineage.YPart> y = l.y();
        Optional<YLineageLr> ylr = y.map(CandidateLineage.YPart::lr);
        Optional<CandidateLineage.MtPart> mt = l.mt();
        Optional<MtLineageEvidence.Statistic> stat = mt.flatMap(m -> m.evidence().statistic());
        jdbc.sql("""
                INSERT INTO identification_candidate_lineage (candidate_id, autosomal_log10_lr, autosomal_typed, y_relative, y_meioses,
                    y_loci, y_transition, y_matches, y_database_size, y_frequency, y_log10_lr, y_database, y_panel, mt_relative, mt_verdict,
                    mt_differences, mt_matches, mt_database_size, mt_frequency, mt_upper_frequency, mt_log10_lr,
                    mt_conservative_log10_lr, mt_database, y_frequency_method, y_clusters)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(candidateId, l.autosomalLog10Lr(), l.autosomalTyped(),
                        y.map(CandidateLineage.YPart::relative).orElse(null), ylr.map(YLineageLr::meioses).orElse(null),
                        ylr.map(r -> String.join(",", r.loci())).orElse(null), ylr.map(YLineageLr::transition).orElse(null),
                        ylr.map(r -> r.count().matches()).orElse(null), ylr.map(r -> r.count().size()).orElse(null),
                        ylr.map(YLineageLr::frequency).orElse(null), ylr.map(r -> Math.log10(r.lr())).orElse(null),
                        y.map(CandidateLineage.YPart::database).orElse(null), y.map(CandidateLineage.YPart::panel).orElse(null),
                        mt.map(CandidateLineage.MtPart::relative).orElse(null), mt.map(m -> m.verdict().name()).orElse(null),
                        mt.map(m -> String.join("; ", m.evidence().comparison().differences())).orElse(null),
                        stat.map(s -> s.count().matches()).orElse(null), stat.map(s -> s.count().size()).orElse(null),
                        stat.map(MtLineageEvidence.Statistic::augmentedFrequency).orElse(null),
                        stat.map(MtLineageEvidence.Statistic::upperFrequency).orElse(null),
                        stat.map(s -> Math.log10(s.lr())).orElse(null), stat.map(s -> Math.log10(s.conservativeLr())).orElse(null),
                        mt.map(CandidateLineage.MtPart::database).orElse(null), ylr.map(r -> r.method().name()).orElse(null),
                        y.map(CandidateLineage.YPart::clusters).filter(k -> k > 0).orElse(null))
                .update();
    }

    /** The candidate's lineage parts, empty when no lineage marker took part. */
    public Optional<CandidateLineage> lineage(long candidateId) {
        return jdbc.sql("SELECT * FROM identification_candidate_lineage WHERE candidate_id = ?").param(candidateId)
                .query(CandidateEvidenceStore::readLineage).optional();
    }

    private static CandidateLineage readLineage(ResultSet row, int n) throws SQLException {
        Optional<CandidateLineage.YPart> y = Optional.empty();
        if (row.getString("y_relative") != null) {
            double transition = row.getDouble("y_transition");
            double frequency = row.getDouble("y_frequency");
            y = Optional.of(new CandidateLineage.YPart(row.getString("y_relative"), new YLineageLr(
                    Arrays.asList(row.getString("y_loci").split(",")), row.getInt("y_meioses"), transition,
                    new HaplotypeCount(row.getInt("y_matches"), row.getInt("y_database_size")), frequency,
                    FrequencyMethod.valueOf(row.getString("y_frequency_method")), transition / frequency), row.getInt("y_clusters"),
                    row.getString("y_database"), row.getString("y_panel")));
        }
        Optional<CandidateLineage.MtPart> mt = Optional.empty();
        if (row.getString("mt_relative") != null) {
            String differences = row.getString("mt_differences");
            MtComparison comparison = new MtComparison(differences.isEmpty() ? List.of() : List.of(differences.split("; ")),
                    MtComparison.Verdict.valueOf(row.getString("mt_verdict")));
            Optional<MtLineageEvidence.Statistic> statistic = Optional.empty();
            if (row.getObject("mt_log10_lr") != null) {
                double augmented = row.getDouble("mt_frequency");
                double upper = row.getDouble("mt_upper_frequency");
                statistic = Optional.of(new MtLineageEvidence.Statistic(new HaplotypeCount(row.getInt("mt_matches"),
                        row.getInt("mt_database_size")), augmented, upper, 1 / augmented, 1 / upper));
            }
            mt = Optional.of(new CandidateLineage.MtPart(row.getString("mt_relative"), new MtLineageEvidence(comparison, statistic),
                    row.getString("mt_database")));
        }
        return new CandidateLineage(row.getDouble("autosomal_log10_lr"), row.getBoolean("autosomal_typed"), y, mt);
    }

    /** Stores the dropout model of a candidate the run has just stored. */
    public void insertDropout(long runId, Found f, CandidateDropout dropout) {
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
    public Optional<CandidateDropout> dropout(long candidateId) {
        return jdbc.sql("SELECT * FROM identification_candidate_dropout WHERE candidate_id = ?").param(candidateId)
                .query(CandidateEvidenceStore::readDropout).optional();
    }

    private static CandidateDropout readDropout(ResultSet row, int n) throws SQLException {
        return new CandidateDropout(DropoutClass.valueOf(row.getString("dropout_class")),
                new DropoutModel(row.getDouble("dropout"), row.getDouble("homozygous_dropout"), row.getDouble("drop_in")),
                Set.of((String[]) row.getArray("relying_markers").getArray()));
    }
}
