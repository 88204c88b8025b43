package org.homeward.app.ledger;

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
}
