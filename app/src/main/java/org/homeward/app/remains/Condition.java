package org.homeward.app.remains;

/** The state of remains as the examiner found them. */
public enum Condition {
    COMPLETE,
    INCOMPLETE,
    BURNED,
    DECOMPOSED,
    SKELETONISED
}
