package org.homeward.kinship.dvi;

import java.util.List;

/**
 * The LR of one pairing as shown to reviewers: the DNA LR and each non-DNA factor kept apart, and
 * their product. Carried in log10 so that nothing overflows; never rounded.
 *
 * @param log10DnaLr log10 of the DNA LR (−∞ for a DNA exclusion)
 * @param factors    the non-DNA LRs entered for this pairing, in the order given
 */
public record CombinedLr(double log10DnaLr, List<NonDnaLr> factors) {

    public CombinedLr {
        factors = List.copyOf(factors);
    }

    /** log10 of DNA LR × the product of the non-DNA LRs. */
    public double log10Lr() {
        double sum = log10DnaLr;
        for (NonDnaLr f : factors) {
            sum += f.log10Lr();
        }
        return sum;
    }

    /** The combined LR, exactly 0 when any factor is 0. */
    public double lr() {
        double l = log10Lr();
        return l == Double.NEGATIVE_INFINITY ? 0 : Math.pow(10, l);
    }

    /** The DNA LR alone. */
    public double dnaLr() {
        return log10DnaLr == Double.NEGATIVE_INFINITY ? 0 : Math.pow(10, log10DnaLr);
    }

    public boolean isZero() {
        return log10Lr() == Double.NEGATIVE_INFINITY;
    }
}
