package org.homeward.app.ledger;

/**
 * The sum of one party's counts over a set of transfers, and how many of them it counted: a sum over
 * 1 of 4 transfers is not that party's total.
 */
public record PartyTally(Party party, long total, int counted, int of) {

    public boolean isComplete() {
        return counted == of;
    }
}
