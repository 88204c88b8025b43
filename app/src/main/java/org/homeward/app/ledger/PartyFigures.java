package org.homeward.app.ledger;

import java.util.List;

/** One party's current claims about a subject: one column of a side-by-side view. */
public record PartyFigures(Party party, List<ClaimView> claims) {

    public PartyFigures {
        claims = List.copyOf(claims);
    }
}
