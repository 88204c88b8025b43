package org.homeward.app.ledger;

/** What a claim proposed from a text asserts. */
public enum ProposalKind {
    /** A figure: a number with its unit. */
    COUNT,
    /** An assertion without a number ("a vast number of corpses", "they do not evacuate the fallen"). */
    QUALITATIVE
}
