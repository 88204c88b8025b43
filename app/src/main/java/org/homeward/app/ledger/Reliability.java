package org.homeward.app.ledger;

/** How far a claim can be trusted. Derived from the other claims where it can be; see {@code Ledger}. */
public enum Reliability {
    /** The other belligerent's own statement gives the same figure for the same subject. */
    CONFIRMED_BY_BOTH,
    /** Only this side states a figure for the subject. */
    SINGLE_SOURCE,
    /** Another current claim states a different figure for the same subject and unit. */
    DISPUTED,
    /** From unnamed officials, or so assessed by the person who entered it. */
    UNVERIFIED,
    /** Retells a party's figure (media, a compilation, the other side): evidence about the party's statement, not its count. */
    RETOLD,
    /** A mediator's, monitor's or medium's own figure: never a party's count, however well it agrees. */
    NOT_A_PARTY_FIGURE
}
