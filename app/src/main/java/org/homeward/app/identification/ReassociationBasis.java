package org.homeward.app.identification;

/** What a re-association of a further body part to an identified person rests on. */
public enum ReassociationBasis {
    /** The part's sample matches the identified remains' sample directly (the same person's DNA): the direct match's LR. */
    DNA_DIRECT_MATCH,
    /** The part's sample, screened against the person's family: its own kinship LR. */
    DNA_KINSHIP,
    /** Other evidence (anatomy, the place and context of recovery, effects): the reasoning, without an LR. */
    EVIDENCE
}
