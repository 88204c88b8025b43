package org.homeward.app.ledger;

import java.util.List;

/**
 * Everything handed over in one direction: the range the transfers' claims allow together, and each
 * party's own sum with how many transfers it counted.
 *
 * @param upper null when some transfer's figure has no upper bound
 */
public record DirectionTotal(Party from, Party to, int transfers, int uncounted, long lower, Long upper,
                             List<PartyTally> byParty) {

    public DirectionTotal {
        byParty = List.copyOf(byParty);
    }
}
