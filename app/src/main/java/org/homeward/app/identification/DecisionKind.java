package org.homeward.app.identification;

/** What an analyst decided about a candidate. */
public enum DecisionKind {
    /** A first analyst proposes the identification; it needs a second analyst's confirmation. */
    PROPOSED,
    /** A second, different analyst confirms a proposal: the remains are identified. */
    CONFIRMED,
    /** The candidate (or a pending proposal) is not accepted, for the reason given; it may be proposed again. */
    REJECTED,
    /** The remains are not this missing person, for the reason given (an exclusion). */
    EXCLUDED,
    /**
     * Recorded by the system when a donor withdraws consent for a reference sample the candidate was
     * computed with: the candidate is closed undecided; the pair is screened anew without the sample.
     */
    EVIDENCE_WITHDRAWN
}
