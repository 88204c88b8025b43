package org.homeward.app.remains;

/** What a body number stands for. */
public enum RemainsKind {
    /** A body, complete or not. */
    BODY,
    /** A body part or fragment, registered under its own number. */
    BODY_PART
}
