package org.homeward.app.identification;

import java.time.Instant;

/**
 * Published inside the confirming transaction when a second analyst confirms a re-association: the
 * further part {@code bodyNumber} is the person {@code missingPersonId} of identification decision
 * {@code identification}. The families feature tells the family through its liaison officer.
 */
public record FurtherRemainsConfirmed(long reassociationId, long identification, String missingPersonId, String bodyNumber, Instant at) {
}
