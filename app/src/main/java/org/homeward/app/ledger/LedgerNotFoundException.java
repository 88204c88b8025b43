package org.homeward.app.ledger;

/** Something the request names does not exist in the ledger. */
public class LedgerNotFoundException extends RuntimeException {

    public LedgerNotFoundException(String what, Object id) {
        super("No " + what + " " + id);
    }
}
