package org.homeward.app.ledger;

/** How a figure was stated. */
public enum Qualifier {
    /** "1,245": low = best = high. */
    EXACT,
    /** "about 1,000": a best value, optionally with bounds. */
    APPROXIMATE,
    /** "over 6,000": a lower bound, no upper bound. */
    AT_LEAST,
    /** "up to 300": an upper bound. */
    AT_MOST,
    /** "tens of thousands", "between 1,000 and 1,200": low and high, optionally a best value. */
    RANGE
}
