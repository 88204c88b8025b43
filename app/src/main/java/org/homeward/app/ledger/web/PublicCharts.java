package org.homeward.app.ledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.homeward.app.ledger.AgreementProgress;
import org.homeward.app.ledger.BreakdownCheck;
import org.homeward.app.ledger.ClaimView;
import org.homeward.app.ledger.DirectionProgress;
import org.homeward.app.ledger.DirectionSummary;
import org.homeward.app.ledger.Statistics;
import org.homeward.app.web.Chart;
import org.springframework.context.MessageSource;

/**
 * The public page's charts, from the same statistics as its figures: the handovers of each direction
 * over time with both parties' figures, each agreement direction's progress against its commitment,
 * and each breakdown's parts against its whole.
 */
record PublicCharts(List<Chart> handovers, List<Chart> agreements, List<Chart> breakdowns) {

    static PublicCharts of(Statistics statistics, MessageSource messages, Locale locale) {
        List<Chart> handovers = new ArrayList<>();
        for (DirectionSummary summary : statistics.summary()) {
            String from = summary.total().from().name();
            String to = summary.total().to().name();
            List<String> labels = summary.handovers().stream().map(handover -> handover.transfer().date().format(locale)
                    + (handover.transfer().phase() == null ? "" : " · " + messages.getMessage("ledger.phase",
                    new Object[] {handover.transfer().phase()}, locale))).toList();
            handovers.add(new Chart("bar", messages.getMessage("statistics.chart.handovers", new Object[] {from, to}, locale), labels,
                    List.of(new Chart.Series(messages.getMessage("statistics.chart.count", new Object[] {from}, locale),
                                    summary.handovers().stream().map(DirectionSummary.Handover::senderFigure).toList()),
                            new Chart.Series(messages.getMessage("statistics.chart.count", new Object[] {to}, locale),
                                    summary.handovers().stream().map(DirectionSummary.Handover::receiverFigure).toList())),
                    null));
        }
        List<Chart> agreements = new ArrayList<>();
        for (AgreementProgress progress : statistics.agreements()) {
            for (DirectionProgress direction : progress.directions()) {
                List<String> labels = new ArrayList<>();
                List<Long> values = new ArrayList<>();
                for (DirectionProgress.Bar bar : direction.bars()) {
                    labels.add(messages.getMessage("statistics.chart.bar." + bar.group(), new Object[] {bar.claimedBy().name()}, locale));
                    values.add(bar.lower());
                }
                Chart.MarkLine committed = direction.committed() == null ? null
                        : new Chart.MarkLine(direction.committed().lower(), messages.getMessage("ledger.agreement.committed", null, locale));
                agreements.add(new Chart("bar", messages.getMessage("statistics.chart.agreement", new Object[] {progress.agreement().name(),
                        direction.from().name(), direction.to().name()}, locale), labels,
                        List.of(new Chart.Series(messages.getMessage("ledger.unit.BODIES", null, locale), values)), committed));
            }
        }
        List<Chart> breakdowns = new ArrayList<>();
        for (BreakdownCheck check : statistics.breakdowns().stream().filter(check -> !check.parts().isEmpty()).toList()) {
            ClaimView whole = check.whole();
            breakdowns.add(new Chart("bar", messages.getMessage("statistics.chart.breakdown", new Object[] {
                    whole.claim().figure().format(locale), whole.source().publisher()}, locale),
                    check.parts().stream().map(part -> part.claim().subject().about() == null ? part.claim().figure().format(locale)
                            : part.claim().subject().about()).toList(),
                    List.of(new Chart.Series(messages.getMessage("ledger.breakdown.parts", null, locale),
                            check.parts().stream().map(part -> part.claim().figure().point().orElse(null)).toList())),
                    whole.claim().figure().point().map(value -> new Chart.MarkLine(value,
                            messages.getMessage("ledger.breakdown.whole", null, locale))).orElse(null)));
        }
        return new PublicCharts(handovers, agreements, breakdowns);
    }
}
