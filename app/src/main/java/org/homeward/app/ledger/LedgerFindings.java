package org.homeward.app.ledger;

import java.util.List;

/**
 * What the ledger records beside the figures, read with them in one transaction: claims without a
 * figure, and the verdicts on possible duplicate handovers (oldest first, so the last one per pair stands).
 */
public record LedgerFindings(List<QualitativeClaim> qualitativeClaims, List<HandoverVerdict> verdicts) {

    public LedgerFindings {
        qualitativeClaims = List.copyOf(qualitativeClaims);
        verdicts = List.copyOf(verdicts);
    }
}
