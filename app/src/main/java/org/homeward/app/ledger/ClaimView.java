package org.homeward.app.ledger;

/**
 * A claim with everything needed to show it honestly: whose figure it is, the sentence it quotes,
 * the source, its reliability (assessed or derived) and, if corrected, the claim that superseded it.
 *
 * @param speaker the party that made the statement, if the statement names one
 */
public record ClaimView(Claim claim, Party party, Statement statement, Party speaker, Source source,
                        Reliability reliability, ClaimId supersededBy) {

    /** Not superseded by a correction. */
    public boolean isCurrent() {
        return supersededBy == null;
    }
}
