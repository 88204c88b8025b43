package org.homeward.app.identification;

/** Where a remains × missing person pair stands, from its latest decision. */
public enum CaseStatus {
    /** No decision yet. */
    OPEN,
    /** Proposed by a first analyst; awaiting a second. */
    PROPOSED,
    /** Confirmed by a second analyst: an identification. */
    IDENTIFIED,
    REJECTED,
    EXCLUDED,
    /** Closed undecided: a donor withdrew consent for a reference sample the candidate was computed with. */
    EVIDENCE_WITHDRAWN,
    /** Closed undecided: the remains were identified on another pair, or re-associated, since ({@link CandidateMatch#settled()}). */
    SETTLED_OTHERWISE;

    public static CaseStatus after(DecisionKind latest) {
        if (latest == null) {
            return OPEN;
        }
        return switch (latest) {
            case PROPOSED -> PROPOSED;
            case CONFIRMED -> IDENTIFIED;
            case REJECTED -> REJECTED;
            case EXCLUDED -> EXCLUDED;
            case EVIDENCE_WITHDRAWN -> EVIDENCE_WITHDRAWN;
        };
    }
}
