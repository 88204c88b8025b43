package org.homeward.app.remains;

import org.homeward.app.ledger.TransferId;

/**
 * A transfer's receipt in figures, for its page (whose bags are listed page by page): its counts,
 * each in its unit, and how many of its remains were examined. Counted in the database, not by
 * reading every bag and remains.
 */
public record ReceiptFigures(TransferId transfer, long examined, ReceiptTally counts) {
}
