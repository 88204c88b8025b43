package org.homeward.app.ledger;

import java.time.Instant;

/**
 * What the receiving side registered on receipt of a transfer (bags and bodies entered in the
 * remains register): a count of its own, beside the parties' claims.
 */
public record ReceiptCount(long count, Unit unit, Instant registeredAt) {
}
