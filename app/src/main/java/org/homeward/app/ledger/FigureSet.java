package org.homeward.app.ledger;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Every claim about one subject in one unit: the current ones side by side, the superseded ones
 * as history, and what they allow together. Conflicting figures are a range with every source,
 * never one number.
 *
 * @param lower       the least any current claim allows
 * @param upper       the most any current claim allows; null when one has no upper bound ("over 6,000")
 * @param discrepancy the largest difference between the point values (1,248 − 1,245 = 3); null with fewer than two
 */
public record FigureSet(Subject subject, Unit unit, List<PartyFigures> byParty, List<ClaimView> claims,
                        List<ClaimView> superseded, long lower, Long upper, Long discrepancy) {

    public FigureSet {
        byParty = List.copyOf(byParty);
        claims = List.copyOf(claims);
        superseded = List.copyOf(superseded);
    }

    /** The claims do not all state the same figure. */
    public boolean isConflicting() {
        return claims.stream().map(view -> view.claim().figure()).distinct().count() > 1;
    }

    /** "1,245–1,248", "1,000" or "6,000 or more" as a bare range for display. */
    public String range(Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        if (upper == null) {
            return "≥ " + numbers.format(lower);
        }
        if (upper == lower) {
            return numbers.format(lower);
        }
        return numbers.format(lower) + "–" + numbers.format(upper);
    }

    /** The number a unit word after {@link #range} agrees with: the last one it prints. */
    public long lastNumber() {
        return upper == null ? lower : upper;
    }

    /** The figures of one party, if it made any. */
    public List<ClaimView> of(PartyId party) {
        return byParty.stream().filter(figures -> figures.party().id().equals(party))
                .findFirst().map(PartyFigures::claims).orElse(List.of());
    }
}
