package org.homeward.kinship.dvi;

/** The conclusions of a DVI analysis, in the field's words. */
public enum Conclusion {
    /** LR ≥ the threshold and ≥ threshold × every competing LR in its row and column. */
    UNDISPUTED("Undisputed"),
    /** The generalised LR of the pairing, from the joint analysis of its family, reaches the threshold. */
    MATCH_GLR("Match (GLR)"),
    /** Two victims match two missing persons that DNA cannot tell apart (e.g. full siblings): both ways round are possible. */
    SYMMETRIC_MATCH("Symmetric match"),
    /** Exactly one LR above the probable threshold. */
    PROBABLE("Probable"),
    /** Several LRs above the probable threshold. */
    DISPUTED("Disputed"),
    /** No decision; the best LR is at least 1. */
    INCONCLUSIVE("Inconclusive"),
    /** Every pairing was ruled out (too many incompatible markers, sex, or an LR of 0). */
    EXCLUDED("Excluded"),
    /** The best LR is below 1. */
    NO_MATCH("No match"),
    /** The missing person has no chain of blood relatedness to any typed reference. */
    NOT_IDENTIFIABLE("Not identifiable");

    private final String label;

    Conclusion(String label) {
        this.label = label;
    }

    /** The word used in reports. */
    public String label() {
        return label;
    }
}
