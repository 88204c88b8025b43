package org.homeward.app.genetics;

import java.time.Instant;

/**
 * A donor withdrew consent for a reference sample: published inside the withdrawal's transaction,
 * so that whatever used the sample (identification's candidates) follows in that transaction.
 */
public record ConsentWithdrawn(String sampleCode, Instant withdrawnAt) {
}
