package org.homeward.app.identification;

import java.time.Instant;

/**
 * A confirmed identification flagged for a supervisor's review: it was computed with reference
 * sample {@code sampleCode}, whose donor later withdrew consent. The decision keeps its record.
 */
public record ReviewFlag(long decisionId, String sampleCode, String reason, String flaggedBy, Instant flaggedAt) {
}
