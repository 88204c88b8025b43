package org.homeward.app.ledger;

import java.util.List;

/**
 * The first thing the public page says about one direction: the range of the parties' claims and
 * each party's sum ({@code total}), the remains sent back because they were the other side's, and
 * how many of the received remains are identified so far.
 *
 * @param returns       the return transfers that sent back remains received in this direction
 * @param returnedLower the least their claims allow together; {@code returnedUpper} the most, null when open
 * @param identified    remains received in this direction identified so far; null when no identification feature reports
 * @param received      the receiving side's own sum of its counts, the base of the identified share; null when it gave none
 * @param handovers     each transfer of the direction in date order with both parties' figures, for the time series
 */
public record DirectionSummary(DirectionTotal total, int returns, long returnedLower, Long returnedUpper, Long identified,
                               PartyTally received, List<Handover> handovers) {

    /**
     * One transfer with the figure that stands for each side (its own latest statement; null when it
     * stated none with a single value).
     */
    public record Handover(Transfer transfer, Long senderFigure, Long receiverFigure) {
    }

    public DirectionSummary {
        handovers = List.copyOf(handovers);
    }

    /** Identified as a share of what the receiving side counted, 0 to 1; null when either is unknown. */
    public Double identifiedShare() {
        return identified == null || received == null || received.total() == 0 ? null
                : (double) identified / received.total();
    }
}
