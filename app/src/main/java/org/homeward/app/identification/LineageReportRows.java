package org.homeward.app.identification;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.homeward.app.genetics.LineagePanel;
import org.homeward.app.web.Numbers;
import org.homeward.kinship.lineage.MtLineageEvidence;

/**
 * The report's rows on a candidate's lineage evidence: each part's LR with the relative, the
 * frequency estimates and the database (name and version) and panel used, each model, and the
 * combined LR with its independence assumption. In the words of the candidate page.
 */
final class LineageReportRows {

    /** One row of the report's method table. */
    record Row(String label, String value) { }

    private LineageReportRows() { }

    /** The rows for this candidate's lineage parts; none when no lineage marker took part. */
    static List<Row> of(CandidateLineage l, BiFunction<String, Object[], String> text, Locale locale) {
        List<Row> rows = new ArrayList<>();
        if (l == null) {
            return rows;
        }
        rows.add(new Row(text.apply("identification.lineage.autosomal", new Object[0]), l.autosomalTyped()
                ? lr(l.autosomalLog10Lr(), locale)
                : text.apply("identification.lineage.autosomalNone", new Object[0])));
        l.y().ifPresent(y -> {
            rows.add(new Row(text.apply("identification.lineage.y", new Object[0]), text.apply("identification.lineage.yValue",
                    new Object[] {Numbers.lr(y.log10Lr(), locale), y.relative(), y.lr().meioses(), y.lr().loci().size(),
                            number(y.lr().transition(), locale), y.lr().count().matches(), y.lr().count().size(),
                            text.apply("identification.lineage.yFrequency." + y.lr().method(),
                                    new Object[] {number(y.lr().frequency(), locale), y.clusters()}), y.database(), y.panel()})));
            rows.add(new Row(text.apply("report.method.lineage.yModel", new Object[0]), text.apply("report.method.lineage.yModel.value",
                    new Object[] {number(LineagePanel.Y.twoStepShare(), locale), String.join(", ", y.lr().loci()),
                            text.apply("report.method.lineage.yMethod." + y.lr().method(), new Object[] {y.clusters()})})));
        });
        l.mt().ifPresent(mt -> {
            String verdict = text.apply("identification.lineage.verdict." + mt.verdict().name(), new Object[0]);
            MtLineageEvidence.Statistic stat = mt.evidence().statistic().orElse(null);
            rows.add(new Row(text.apply("identification.lineage.mt", new Object[0]), stat == null
                    ? text.apply("identification.lineage.mtNoLr", new Object[] {verdict, mt.relative(),
                            String.join("; ", mt.evidence().comparison().differences()), mt.database()})
                    : text.apply("identification.lineage.mtValue", new Object[] {verdict, mt.relative(),
                            Numbers.lr(mt.log10Lrs().orElseThrow()[0], locale), Numbers.lr(mt.log10Lrs().orElseThrow()[1], locale),
                            stat.count().matches(), stat.count().size(), number(stat.augmentedFrequency(), locale),
                            number(stat.upperFrequency(), locale), mt.database()})));
            rows.add(new Row(text.apply("report.method.lineage.mtModel", new Object[0]),
                    text.apply("report.method.lineage.mtModel.value", new Object[0])));
        });
        String excluded = l.mt().filter(mt -> l.excludedByMtDna()).map(mt -> text.apply("identification.lineage.excludedByMt", new Object[] {
                mt.evidence().comparison().differences().size(), mt.relative(), String.join("; ", mt.evidence().comparison().differences())}) + " ")
                .orElse("");
        rows.add(new Row(text.apply("identification.lineage.combined", new Object[0]), excluded + lr(l.combinedLog10Lr(), locale) + ". "
                + text.apply("identification.lineage.assumption", new Object[0])));
        return rows;
    }

    /** An LR as the report writes every LR: the figure, then its log10 ("1.2 × 10⁵ (log10 LR 5.08)"). */
    static String lr(double log10, Locale locale) {
        return Numbers.lr(log10, locale) + " (log10 LR " + Numbers.log10(log10, locale) + ")";
    }

    private static String number(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(6);
        return f.format(value);
    }
}
