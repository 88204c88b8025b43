package org.homeward.app.ledger;

import java.util.List;

/**
 * Everything handed over in one direction: the range the transfers' claims allow together, and each
 * party's own sum with how many transfers it counted.
 *
 * @param transfers  the handovers counted: transfers marked as the same handover count once
 * @param upper      null when some transfer's figure has no upper bound
 * @param unresolved pairs of these transfers that could be one handover entered twice, not yet ruled on:
 *                   the total counts both until a coordinator does
 */
public record DirectionTotal(Party from, Party to, int transfers, int uncounted, long lower, Long upper,
                             List<PartyTally> byParty, List<PossibleDuplicate> unresolved) {

    public DirectionTotal {
        byParty = List.copyOf(byParty);
        unresolved = List.copyOf(unresolved);
    }
}
