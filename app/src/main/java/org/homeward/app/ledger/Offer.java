package org.homeward.app.ledger;

import java.time.LocalDate;

/** A unilateral offer to hand over remains (Russia's 2,239), with the other party's response. */
public record Offer(OfferId id, LedgerDate madeOn, PartyId from, PartyId to, String description,
                    OfferResponse status, String response, LocalDate respondedOn) {
}
