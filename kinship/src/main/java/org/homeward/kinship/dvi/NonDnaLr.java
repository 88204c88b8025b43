package org.homeward.kinship.dvi;

/**
 * Evidence other than DNA about one pairing, entered as a likelihood ratio: how much more probable
 * the observation is if the remains are this missing person than if they are someone else. It is
 * multiplied into the DNA LR of the pairing and into every joint assignment that makes the pairing;
 * an LR of 0 rules the pairing out.
 *
 * @param victim  the remains' sample code
 * @param missing the missing person's id
 * @param kind    what the evidence is about
 * @param lr      the likelihood ratio, finite and at least 0
 * @param note    what was observed, for display (e.g. "estimated age 25–35, reported 29")
 */
public record NonDnaLr(String victim, String missing, Kind kind, double lr, String note) {

    /** The kinds of non-DNA evidence the field weighs. */
    public enum Kind {
        SEX("sex"), AGE("age"), RECOVERY_PLACE("recovery place"), OTHER("other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public NonDnaLr {
        note = note == null ? "" : note;
    }

    /** log10 of the LR, −∞ for 0. */
    public double log10Lr() {
        return Math.log10(lr);
    }
}
