package org.homeward.app.ledger;

/** What a figure counts. Figures in different units are never compared with each other. */
public enum Unit {
    /** Bags or packages as handed over: one person may be in several, several in one. */
    BAGS,
    /** Bodies as the party claims them. */
    BODIES,
    /** Individuals after forensic examination. */
    INDIVIDUALS,
    /** Fragments or body parts. */
    FRAGMENTS,
    /** Persons: casualty figures (killed, missing). */
    PERSONS
}
