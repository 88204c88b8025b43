package org.homeward.app.identification;

import java.time.Instant;

/**
 * One entry of the append-only decision log, with the figures as they stood when it was taken and
 * its place in the hash chain.
 *
 * @param proposalId for a confirmation, and for a rejection of a proposal: the proposal it answers
 */
public record Decision(long id, DecisionKind kind, long candidateId, Long proposalId, String sampleCode, String bodyNumber,
                       String familyId, String missingPersonId, double log10Lr, double prior, double posterior, String reason,
                       String decidedBy, Instant decidedAt, String previousHash, String hash) {
}
