package org.homeward.formats.dvi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.kinship.dvi.CombinedLr;
import org.homeward.kinship.dvi.DviAnalysis;
import org.homeward.kinship.dvi.DviOptions;
import org.homeward.kinship.dvi.DviProblem;
import org.homeward.kinship.dvi.DviReport;
import org.homeward.kinship.dvi.DviResult;
import org.homeward.kinship.dvi.JointTable;
import org.homeward.kinship.dvi.PairwiseMatrix;
import org.junit.jupiter.api.Test;

/**
 * The DVI analysis on the shared Familias files, against the tables of EXPECTED.md: pairwise LR and
 * incompatibility matrices, joint tables, and the AM and PM conclusions, cell by cell (numbers to 6
 * significant digits). Skipped when the shared folder is absent.
 */
class DviEndToEndTest {

    private static final String DVI_EXAMPLE = "## dvi-example.fam";
    private static final String CH4 = "### The same data as a DVI problem";
    private static final String EXCLUSION = "## exclusionExample.fam";

    // ---- dvi-example.fam ----

    @Test
    void dviExamplePairwiseLrsAndIncompatibleMarkers() {
        DviProblem p = DviCases.dviFile("dvi-example.fam");
        PairwiseMatrix m = DviAnalysis.pairwise(p, DviOptions.defaults());
        assertMatrix(ExpectedTables.table(DVI_EXAMPLE, "### Pairwise LR matrix"), m, identity(p), false);
        assertMatrix(ExpectedTables.table(DVI_EXAMPLE, "Number of incompatible markers"), m, identity(p), true);
    }

    @Test
    void dviExampleJointTableTopRowsAndNullAssignment() {
        DviProblem p = DviCases.dviFile("dvi-example.fam");
        DviResult r = DviAnalysis.run(p, DviOptions.defaults());
        assertThat(r.jointTables()).hasSize(1);
        JointTable t = r.jointTables().get(0);
        List<List<String>> expected = ExpectedTables.table(DVI_EXAMPLE, "Joint table for the family");
        List<List<String>> actual = ExpectedTables.parse(DviReport.jointTable(t, t.size()));
        assertThat(actual.get(0)).isEqualTo(expected.get(0));
        assertRow(expected.get(1), actual.get(1));
        // Rows 2–6 tie in pairs; their order among equals is not part of the result.
        for (List<String> row : expected.subList(2, expected.size())) {
            assertThat(actual.subList(2, expected.size())).as("row %s", row)
                    .anySatisfy(a -> assertThat(sameRow(row, a)).isTrue());
        }
        Matcher n = Pattern.compile("\\((\\d+) assignments in all; null assignment log-likelihood (-?[\\d.]+)\\.\\)")
                .matcher(ExpectedTables.line("assignments in all", DVI_EXAMPLE, "Joint table for the family"));
        assertThat(n.find()).isTrue();
        assertThat(t.size()).isEqualTo(Integer.parseInt(n.group(1)));
        assertThat(ExpectedTables.same(n.group(2), String.valueOf(t.nullLogLikelihood()))).isTrue();
        // GLR 10 for every missing person comes from the top row: 2000 against no identification.
        assertThat(Math.pow(10, t.log10LrVersusNull(0))).isCloseTo(2000, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void dviExampleConclusions() {
        DviProblem p = DviCases.dviFile("dvi-example.fam");
        DviResult r = DviAnalysis.run(p, DviOptions.defaults());
        assertTable(ExpectedTables.table(DVI_EXAMPLE, "### Conclusions, default settings", "AM (per missing person):"),
                DviReport.amTable(r.am()), Map.of());
        List<List<String>> pm = ExpectedTables.table(DVI_EXAMPLE, "### Conclusions, default settings", "PM (per victim):");
        List<List<String>> actual = ExpectedTables.parse(DviReport.pmTable(r.pm()));
        // EXPECTED.md's caveat: V2's best LR is exactly 1 against an unrelated founder; either side of "≥ 1" is accepted.
        List<String> v2Inconclusive = List.of("V2", "–", "–", "1", "–", "Inconclusive", "Best: Missing person");
        assertThat(sameRow(pm.get(2), actual.get(2)) || sameRow(v2Inconclusive, actual.get(2))).as("V2: %s", actual.get(2)).isTrue();
        pm.remove(2);
        actual.remove(2);
        assertRows(pm, actual);
    }

    // ---- Ch4-table-4-4.fam recast as a DVI problem ----

    @Test
    void ch4PairwiseLrsAndIncompatibleMarkers() {
        DviProblem p = DviCases.ch4();
        PairwiseMatrix m = DviAnalysis.pairwise(p, DviOptions.defaults());
        assertMatrix(ExpectedTables.table(CH4, "Pairwise LR matrix:"), m, identity(p), false);
        assertMatrix(ExpectedTables.table(CH4, "Incompatible markers"), m, identity(p), true);
    }

    @Test
    void ch4ConclusionsAreJointMatchesByGlr() {
        DviResult r = DviAnalysis.run(DviCases.ch4(), DviOptions.defaults());
        assertTable(ExpectedTables.table(CH4, "Conclusions (default settings), AM:"), DviReport.amTable(r.am()), Map.of());
        assertTable(ExpectedTables.table(CH4, "Conclusions (default settings), AM:", "PM:"), DviReport.pmTable(r.pm()), Map.of());
    }

    @Test
    void ch4FullyJointTableHasEverySexConsistentAssignment() {
        List<JointTable> tables = DviAnalysis.joint(DviCases.ch4(), DviOptions.defaults());
        assertThat(tables).hasSize(1);
        JointTable t = tables.get(0);
        List<List<String>> expected = ExpectedTables.table(CH4, "Fully joint analysis");
        assertThat(t.size()).isEqualTo(expected.size() - 1);
        Map<List<String>, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            rowOf.put(t.row(r).assignment(), r);
        }
        for (List<String> e : expected.subList(1, expected.size())) {
            int r = rowOf.get(e.subList(0, 2));
            assertThat(ExpectedTables.same(e.get(2), format(t.row(r).logLikelihood()))).as("log-likelihood %s", e).isTrue();
            assertThat(ExpectedTables.same(e.get(3), format(Math.pow(10, t.log10LrVersusNull(r))))).as("LR %s", e).isTrue();
            assertThat(ExpectedTables.same(e.get(4), format(t.posterior(r)))).as("posterior %s", e).isTrue();
        }
    }

    // ---- exclusionExample.fam ----

    @Test
    void exclusionExampleLrMatricesWithAndWithoutSexAndIncompatibleMarkers() {
        DviProblem p = DviCases.dviFile("exclusionExample.fam");
        Map<String, String> victims = victimNumbers(p);
        assertMatrix(ExpectedTables.table(EXCLUSION, "Default: only pairings of the same sex"),
                DviAnalysis.pairwise(p, DviOptions.defaults()), victims, false);
        PairwiseMatrix all = DviAnalysis.pairwise(p, DviOptions.defaults().withIgnoreSex(true));
        assertMatrix(ExpectedTables.table(EXCLUSION, "Full matrix with sex ignored"), all, victims, false);
        assertMatrix(ExpectedTables.table(EXCLUSION, "Number of incompatible markers for each pairing"), all, victims, true);
    }

    @Test
    void exclusionExampleConclusionsWithSexConsistentPairings() {
        DviProblem p = DviCases.dviFile("exclusionExample.fam");
        DviResult r = DviAnalysis.run(p, DviOptions.defaults());
        Map<String, String> names = labelsToNumbers(p);
        assertTable(ExpectedTables.table(EXCLUSION, "### Conclusions, default settings", "AM (per missing person):"),
                DviReport.amTable(r.am()), names);
        assertTable(ExpectedTables.table(EXCLUSION, "### Conclusions, default settings", "PM (per victim):"),
                DviReport.pmTable(r.pm()), names);
    }

    @Test
    void exclusionExampleConclusionsWithSexIgnored() {
        DviProblem p = DviCases.dviFile("exclusionExample.fam");
        DviResult r = DviAnalysis.run(p, DviOptions.defaults().withIgnoreSex(true));
        Map<String, String> names = labelsToNumbers(p);
        assertTable(ExpectedTables.table(EXCLUSION, "### Conclusions with sex ignored", "AM:"), DviReport.amTable(r.am()), names);
        assertTable(ExpectedTables.table(EXCLUSION, "### Conclusions with sex ignored", "PM:"), DviReport.pmTable(r.pm()), names);
    }

    // ---- helpers ----

    /** Compares a matrix table ("victim \ missing" header, victim rows) with the pairwise matrix. */
    private static void assertMatrix(List<List<String>> expected, PairwiseMatrix m, Map<String, String> victimIds, boolean counts) {
        List<String> missing = expected.get(0).subList(1, expected.get(0).size());
        for (List<String> row : expected.subList(1, expected.size())) {
            String victim = victimIds.get(row.get(0));
            for (int j = 0; j < missing.size(); j++) {
                String want = row.get(j + 1);
                String got;
                if (counts) {
                    got = m.incompatibleMarkers(victim, missing.get(j)).isPresent()
                            ? String.valueOf(m.incompatibleMarkers(victim, missing.get(j)).getAsInt()) : "–";
                } else {
                    got = m.lr(victim, missing.get(j)).map(CombinedLr::lr).map(DviEndToEndTest::format).orElse("–");
                }
                assertThat(ExpectedTables.same(want, got)).as("%s vs %s: expected %s, got %s", row.get(0), missing.get(j), want, got)
                        .isTrue();
            }
        }
    }

    /** Compares a conclusions table with our report's, after renaming long sample labels to V1, V2, …. */
    private static void assertTable(List<List<String>> expected, String report, Map<String, String> rename) {
        String text = report;
        List<String> labels = new ArrayList<>(rename.keySet());
        labels.sort(Comparator.comparingInt(String::length).reversed());
        for (String label : labels) {
            text = text.replace(label, rename.get(label));
        }
        assertRows(expected, ExpectedTables.parse(text));
    }

    private static void assertRows(List<List<String>> expected, List<List<String>> actual) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertRow(expected.get(i), actual.get(i));
        }
    }

    private static void assertRow(List<String> expected, List<String> actual) {
        assertThat(sameRow(expected, actual)).as("expected %s, got %s", expected, actual).isTrue();
    }

    private static boolean sameRow(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int c = 0; c < expected.size(); c++) {
            if (!ExpectedTables.same(expected.get(c), actual.get(c))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> identity(DviProblem p) {
        Map<String, String> out = new HashMap<>();
        p.victims().forEach(v -> out.put(v.id(), v.id()));
        return out;
    }

    /** V1, V2, … in file order, as EXPECTED.md names exclusionExample's victims, to their sample labels. */
    private static Map<String, String> victimNumbers(DviProblem p) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < p.victims().size(); i++) {
            out.put("V" + (i + 1), p.victims().get(i).id());
        }
        return out;
    }

    private static Map<String, String> labelsToNumbers(DviProblem p) {
        Map<String, String> out = new HashMap<>();
        victimNumbers(p).forEach((number, label) -> out.put(label, number));
        return out;
    }

    private static String format(double x) {
        return Double.toString(x);
    }
}
