package org.homeward.app.identification;

import java.time.Instant;

/**
 * A further body part proposed, confirmed or rejected as a person already identified.
 *
 * @param sampleCode     the part's sample its LR was computed with (none on evidence alone)
 * @param identification the confirmed identification decision of the person the part joins
 * @param matchedBody    DNA_DIRECT_MATCH: the identified remains the part's sample matched
 * @param log10Lr        the LR of a DNA basis, null on evidence alone
 */
public record Reassociation(long id, String bodyNumber, String sampleCode, String missingPersonId, String familyId, long identification,
                            ReassociationBasis basis, String matchedBody, Double log10Lr, String reason, String proposedBy,
                            Instant proposedAt, Status status, String decidedBy, Instant decidedAt, String decisionReason) {

    /** Where the proposal stands. */
    public enum Status {
        PROPOSED,
        CONFIRMED,
        REJECTED,
        /** A kinship proposal closed because a reference sample its candidate was computed with lost its donor's consent. */
        EVIDENCE_WITHDRAWN
    }
}
