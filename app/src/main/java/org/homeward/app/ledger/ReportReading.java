package org.homeward.app.ledger;

import java.util.List;

/**
 * What a report says, as read for a person to confirm: its source, the claims it makes, and the
 * transfers it speaks of that the ledger has not recorded ({@link ProposedClaim#newTransfer()} points
 * into {@code transfers}).
 */
public record ReportReading(ProposedSource source, List<ProposedClaim> claims, List<ProposedTransfer> transfers) {

    public ReportReading {
        claims = List.copyOf(claims);
        transfers = List.copyOf(transfers);
    }
}
