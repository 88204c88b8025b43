package org.homeward.app.ledger;

/** What a claim counts. */
public enum SubjectKind {
    /** The remains handed over in one transfer. */
    TRANSFER,
    /** The figure an agreement commits to, in one direction. */
    COMMITTED,
    /** The total a party says was delivered under an agreement, in one direction. */
    DELIVERED,
    /** The remains a party offers to hand over. */
    OFFER,
    /** Remains recovered from a place (320 from the Donetsk region), optionally within a transfer. */
    RECOVERY,
    /** A casualty figure about a population (Ukrainian military deaths). */
    CASUALTY
}
