package org.homeward.app.ledger;

/** Whether the parts of one level of a breakdown add up to its whole. */
public enum BreakdownStatus {
    ADDS_UP,
    /** The parts come to less than the whole: some of it is not accounted for. */
    SHORT,
    /** The parts come to more than the whole: the figures cannot all be right. */
    EXCEEDS,
    /**
     * The whole has only shares named of it ("320 from the Donetsk region, of those 89 near Bakhmut"),
     * stored as such: nobody claimed they make up all of it, so there is nothing that should add up.
     */
    SHARES,
    /** A part or the whole has no single value, or the units differ. */
    NOT_COMPARABLE
}
