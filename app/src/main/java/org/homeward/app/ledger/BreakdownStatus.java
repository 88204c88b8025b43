package org.homeward.app.ledger;

/** Whether a breakdown's parts add up to its whole. */
public enum BreakdownStatus {
    ADDS_UP,
    /** The parts come to less than the whole: some of it is not accounted for. */
    SHORT,
    /** The parts come to more than the whole: the figures cannot all be right. */
    EXCEEDS,
    /**
     * One part smaller than its whole: "320 from the Donetsk region, of those 89 near Bakhmut" names
     * a share of the whole, not all of it, so there is nothing that should add up.
     */
    SUBSET,
    /** A part or the whole has no single value, or the units differ. */
    NOT_COMPARABLE
}
