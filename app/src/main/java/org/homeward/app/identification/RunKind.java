package org.homeward.app.identification;

/** A screening of everything, or of only what arrived since the previous run. */
public enum RunKind {
    FULL, INCREMENTAL
}
