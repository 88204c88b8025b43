package org.homeward.app.identification;

import java.time.Instant;

/**
 * A confirmed re-association flagged for a supervisor's review: it rests on a candidate computed with
 * reference sample {@code sampleCode}, whose donor later withdrew consent. The re-association keeps its record.
 */
public record ReassociationReviewFlag(long reassociationId, String sampleCode, String reason, String flaggedBy, Instant flaggedAt) {
}
