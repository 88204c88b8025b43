package org.homeward.app.identification;

import java.time.Instant;
import java.util.Locale;

/**
 * One entry of the append-only decision log, with the figures as they stood when it was taken and
 * its place in the hash chain.
 *
 * @param proposalId for a confirmation, and for a rejection of a proposal: the proposal it answers
 */
public record Decision(long id, DecisionKind kind, long candidateId, Long proposalId, String sampleCode, String bodyNumber,
                       String familyId, String missingPersonId, double log10Lr, double prior, double posterior, String reason,
                       String decidedBy, Instant decidedAt, String previousHash, String hash) {

    /**
     * Refuses a proposal, rejection or exclusion of the pair that may not follow this, its latest
     * decision: a proposal only after a rejection or a withdrawal of evidence (on the pair's new candidate); a rejection only of a pending proposal; an
     * exclusion unless the pair is confirmed or excluded already. (A confirmation answers its
     * proposal: the facade checks that.)
     */
    public void requireMayBeFollowedBy(DecisionKind next) {
        if (next == DecisionKind.PROPOSED && kind != DecisionKind.REJECTED && kind != DecisionKind.EVIDENCE_WITHDRAWN) {
            throw new IdentificationException(switch (kind) {
                case PROPOSED -> "This identification is already proposed (decision " + id + "); it awaits a second analyst";
                case CONFIRMED -> "This identification is already confirmed (decision " + id + ")";
                default -> "This pair was excluded (decision " + id + "): " + reason;
            });
        }
        boolean settled = kind == DecisionKind.CONFIRMED || kind == DecisionKind.EXCLUDED;
        if ((next == DecisionKind.EXCLUDED && settled) || (next == DecisionKind.REJECTED && (settled || kind == DecisionKind.REJECTED))) {
            throw new IdentificationException("This pair is already " + CaseStatus.after(kind).name().toLowerCase(Locale.ROOT)
                    + " (decision " + id + ")");
        }
    }
}
