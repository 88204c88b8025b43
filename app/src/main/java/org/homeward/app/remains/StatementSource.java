package org.homeward.app.remains;

/** Where a statement of whose remains these are was read. */
public enum StatementSource {
    /** The label on the bag or body. */
    LABEL,
    /** The sending side's manifest. */
    MANIFEST,
    /** The handover record or what was said at the handover. */
    HANDOVER
}
