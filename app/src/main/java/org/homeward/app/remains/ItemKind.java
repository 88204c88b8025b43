package org.homeward.app.remains;

/** The kinds of item that have a chain of custody. */
public enum ItemKind {
    /** A body or body part, by body number. */
    REMAINS,
    /** A DNA sample, by sample code. */
    SAMPLE,
    /** A personal effect, by effect code. */
    EFFECT
}
