package org.homeward.app.remains;

/** Whom the remains are assessed to belong to, from the receiving side's point of view. */
public enum Nationality {
    /** The receiving side's own dead. */
    OWN_SIDE,
    /** The other side's dead, mixed in: to be returned through the ledger. */
    OTHER_SIDE,
    UNDETERMINED
}
