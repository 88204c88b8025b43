package org.homeward.app.ledger;

/** Whether a breakdown's parts add up to its whole. */
public enum BreakdownStatus {
    ADDS_UP,
    /** The parts come to less than the whole: some of it is not accounted for. */
    SHORT,
    /** The parts come to more than the whole: the figures cannot all be right. */
    EXCEEDS,
    /** A part or the whole has no single value, or the units differ. */
    NOT_COMPARABLE
}
