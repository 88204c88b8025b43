package org.homeward.app.ledger;

/**
 * A transfer a text speaks of that the ledger has not recorded, for a person to confirm.
 *
 * @param from null when the text does not say, nor the ledger know the party
 */
public record ProposedTransfer(LedgerDate date, PartyId from, PartyId to) {
}
