package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The conclusions of a DVI analysis as text tables (Markdown pipes): the AM table, one row per
 * missing person, and the PM table, one row per victim. Numbers have 6 significant digits; "–"
 * marks what does not apply. Where non-DNA evidence was entered, the comment shows each factor.
 */
public final class DviReport {

    private static final String NONE = "–";
    private static final int DIGITS = 6;

    private DviReport() { }

    /** Both tables, headed "AM (per missing person):" and "PM (per victim):". */
    public static String format(DviResult result) {
        return "AM (per missing person):\n\n" + amTable(result.am()) + "\nPM (per victim):\n\n" + pmTable(result.pm());
    }

    public static String amTable(List<AmConclusion> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (AmConclusion c : rows) {
            cells.add(List.of(c.family(), c.missing(), c.sample().orElse(NONE), lr(c.lr()), glr(c.log10Glr()),
                    c.conclusion().label(), comment(c.comment(), c.lr())));
        }
        return table(List.of("Family", "Missing", "Sample", "LR", "GLR", "Conclusion", "Comment"), cells);
    }

    public static String pmTable(List<PmConclusion> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (PmConclusion c : rows) {
            cells.add(List.of(c.sample(), c.missing().orElse(NONE), c.family().orElse(NONE), lr(c.lr()), glr(c.log10Glr()),
                    c.conclusion().label(), comment(c.comment(), c.lr())));
        }
        return table(List.of("Sample", "Missing", "Family", "LR", "GLR", "Conclusion", "Comment"), cells);
    }

    /** The best {@code rows} assignments of a joint table with their log-likelihood and LRs. */
    public static String jointTable(JointTable joint, int rows) {
        List<String> header = new ArrayList<>(joint.victims());
        header.addAll(List.of("log-likelihood (ln)", "LR vs. no victim identified", "LR of top row vs. this row"));
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < Math.min(rows, joint.size()); r++) {
            List<String> line = new ArrayList<>(joint.row(r).assignment());
            line.add(Numbers.format(joint.row(r).logLikelihood(), DIGITS));
            line.add(Numbers.fromLog10(joint.log10LrVersusNull(r), DIGITS));
            line.add(Numbers.fromLog10(joint.log10LrVersusNull(0) - joint.log10LrVersusNull(r), DIGITS));
            cells.add(line);
        }
        return table(header, cells);
    }

    private static String lr(Optional<CombinedLr> lr) {
        return lr.map(l -> Numbers.fromLog10(l.log10Lr(), DIGITS)).orElse(NONE);
    }

    private static String glr(OptionalDouble log10) {
        return log10.isPresent() ? Numbers.fromLog10(log10.getAsDouble(), DIGITS) : NONE;
    }

    /** The comment, followed by the factors of the LR when non-DNA evidence contributed. */
    private static String comment(String comment, Optional<CombinedLr> lr) {
        if (lr.isEmpty() || lr.get().factors().isEmpty()) {
            return comment;
        }
        StringBuilder s = new StringBuilder("DNA ").append(Numbers.fromLog10(lr.get().log10DnaLr(), DIGITS));
        for (NonDnaLr f : lr.get().factors()) {
            s.append(" × ").append(f.kind().label()).append(' ').append(Numbers.format(f.lr(), DIGITS));
        }
        return comment.isEmpty() ? s.toString() : comment + "; " + s;
    }

    private static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        s.append(line(header));
        s.append("|---".repeat(header.size())).append("|\n");
        for (List<String> row : rows) {
            s.append(line(row));
        }
        return s.toString();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
