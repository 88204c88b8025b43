package org.homeward.app.ledger;

/** How far a claim without a figure has been checked against other sources. */
public enum Verification {
    /** Nobody else has said so (or only the speaker's own side). */
    UNVERIFIED,
    /** Another source says otherwise. */
    CONTESTED,
    /** Independent sources say the same; {@code corroboratedBy} names them. */
    CORROBORATED
}
