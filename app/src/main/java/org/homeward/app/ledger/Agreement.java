package org.homeward.app.ledger;

import java.util.List;

/** An agreement to hand over remains: when and where it was reached, who mediated, and its directions. */
public record Agreement(AgreementId id, String name, LedgerDate concludedOn, String place, List<PartyId> mediators,
                        List<Commitment> commitments, String note) {

    public Agreement {
        mediators = List.copyOf(mediators);
        commitments = List.copyOf(commitments);
    }
}
