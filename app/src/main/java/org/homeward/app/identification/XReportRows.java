package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.homeward.app.identification.LineageReportRows.Row;
import org.homeward.app.web.Numbers;

/** The report's rows on a candidate's X-STR evidence, in the words of the candidate page; none when no X-STR took part. */
final class XReportRows {

    private XReportRows() { }

    static List<Row> of(CandidateX x, BiFunction<String, Object[], String> text, Locale locale) {
        List<Row> rows = new ArrayList<>();
        if (x == null) {
            return rows;
        }
        rows.add(new Row(text.apply("identification.x.before", new Object[0]), x.beforeTyped() ? LineageReportRows.lr(x.beforeLog10Lr(), locale)
                : text.apply("identification.x.beforeNone", new Object[0])));
        StringBuilder units = new StringBuilder();
        x.units().forEach(u -> units.append(units.isEmpty() ? "" : "; ").append(u.linkageGroup()).append(' ').append(u.marker())
                .append(": ").append(Numbers.lr(u.log10Lr(), locale)));
        rows.add(new Row(text.apply("identification.x.lr", new Object[0]), text.apply("identification.x.lrValue", new Object[] {
                Numbers.lr(x.xLog10Lr(), locale), x.units().size(), text.apply("identification.sex." + x.remainsSex(), new Object[0]),
                String.join(", ", x.relatives()), x.frequencyDatabase()}) + " (" + units + ")"));
        rows.add(new Row(text.apply("identification.x.model", new Object[0]), text.apply("identification.x.model.value", new Object[0])));
        rows.add(new Row(text.apply("identification.x.combined", new Object[0]), LineageReportRows.lr(x.combinedLog10Lr(), locale) + ". "
                + text.apply("identification.x.assumption", new Object[0])));
        return rows;
    }
}
