package org.homeward.kinship.dvi;

/**
 * How LRs and GLRs (held as log10) are compared with thresholds and with each other: with a
 * relative tolerance of 10⁻⁹, so that floating-point noise never decides a conclusion. Two values
 * within the tolerance are equal: an LR of 4.999999999999999 reaches a threshold of 5, and a
 * competitor within the tolerance of LR/threshold ties with it.
 */
final class Tolerance {

    /** The relative tolerance. */
    static final double RELATIVE = 1e-9;

    private static final double LOG10 = Math.log10(1 + RELATIVE);

    private Tolerance() { }

    /** a ≥ b up to the tolerance (a is not clearly below b). */
    static boolean atLeast(double log10a, double log10b) {
        return log10a >= log10b - LOG10;
    }

    /** a > b by more than the tolerance. */
    static boolean above(double log10a, double log10b) {
        return log10a > log10b + LOG10;
    }
}
