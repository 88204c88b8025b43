package org.homeward.app.ledger;

/** Why remains were handed over. */
public enum TransferKind {
    /** Remains of the receiving side's own dead. */
    REPATRIATION,
    /** Remains received in an earlier transfer, found to belong to the other side, and sent back. */
    RETURN
}
