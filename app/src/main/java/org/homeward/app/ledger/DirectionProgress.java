package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * One direction of an agreement: the figure committed, the totals each party says were delivered,
 * the sums of each party's counts over the recorded transfers, and the transfers themselves.
 *
 * @param committed null when no figure was committed in this direction
 * @param delivered null when no party has stated a delivered total
 * @param scale     the largest figure of the direction, for drawing bars to one scale
 */
public record DirectionProgress(Commitment commitment, Party from, Party to, FigureSet committed, FigureSet delivered,
                                List<PartyTally> recorded, List<TransferView> transfers, long scale) {

    public DirectionProgress {
        recorded = List.copyOf(recorded);
        transfers = List.copyOf(transfers);
    }

    /**
     * One bar of the progress chart: a committed or delivered claim, or a party's sum of its
     * transfer counts. {@code upper} is null for an open figure ("over 6,000").
     *
     * @param group     COMMITTED, DELIVERED or RECORDED
     * @param claimedBy who states it (the agency, where it is not the side itself)
     */
    public record Bar(String group, Party side, Party claimedBy, Figure figure, long lower, Long upper, PartyTally tally) {

        /** Length of the solid bar, out of {@code width} for the direction's scale. */
        public int length(long scale, int width) {
            return scale <= 0 ? 0 : (int) Math.round((double) lower * width / scale);
        }

        /** Length of the lighter part up to the upper bound (a range), or a fixed stub for an open figure. */
        public int extension(long scale, int width) {
            if (upper == null) {
                return 24;
            }
            return scale <= 0 ? 0 : (int) Math.round((double) (upper - lower) * width / scale);
        }
    }

    /** The bars of the chart, committed first, then delivered, then the sums of the recorded transfers. */
    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        addClaims(bars, "COMMITTED", committed);
        addClaims(bars, "DELIVERED", delivered);
        for (PartyTally tally : recorded) {
            if (tally.counted() > 0) {
                bars.add(new Bar("RECORDED", tally.party(), tally.party(), null, tally.total(), tally.total(), tally));
            }
        }
        return bars;
    }

    private static void addClaims(List<Bar> bars, String group, FigureSet set) {
        if (set == null) {
            return;
        }
        for (PartyFigures column : set.byParty()) {
            for (ClaimView view : column.claims()) {
                Figure figure = view.claim().figure();
                bars.add(new Bar(group, column.party(), view.party(), figure, figure.lower(), figure.upper().orElse(null), null));
            }
        }
    }
}
