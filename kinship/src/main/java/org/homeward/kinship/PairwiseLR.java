package org.homeward.kinship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Likelihood ratios between two profiles for a stated relationship against unrelated, from IBD
 * coefficients, with the subpopulation correction θ of NRC II (Balding–Nichols sampling: having
 * seen c copies of allele x among n sampled alleles, the next is x with probability
 * (cθ + (1 − θ)p_x) / (1 + (n − 1)θ)). θ = 0 gives the classical formulas.
 *
 * <p>These pairwise LRs use no mutation model: a parent–child pair that shares no allele gives 0.
 * For mutation-aware LRs over whole families use {@link ReferenceFamily}.
 */
public final class PairwiseLR {

    private PairwiseLR() { }

    /** The LR over all markers typed in both profiles; other markers contribute 1. */
    public static LrResult lr(Profile first, Profile second, Relationship relationship, List<Marker> markers, double theta) {
        checkTheta(theta);
        Map<String, Double> perMarker = new LinkedHashMap<>();
        double log10 = 0;
        int compared = 0;
        for (Marker m : markers) {
            AllelePair a = first.genotype(m.name());
            AllelePair b = second.genotype(m.name());
            if (a == null || b == null) {
                continue;
            }
            double lr = markerLr(m, m.genotypeIndex(a.first(), a.second()), m.genotypeIndex(b.first(), b.second()),
                    relationship, theta);
            perMarker.put(m.name(), lr);
            log10 += lr == 0 ? Double.NEGATIVE_INFINITY : Math.log10(lr);
            compared++;
        }
        return new LrResult(log10, perMarker, compared);
    }

    /**
     * The direct-match LR that two samples come from the same person rather than two unrelated
     * persons: 1 / P(second genotype | first genotype) where they agree, 0 at any marker where they differ.
     */
    public static LrResult directMatch(Profile first, Profile second, List<Marker> markers, double theta) {
        return lr(first, second, Relationship.SAME_PERSON, markers, theta);
    }

    /** The LR at one marker for genotype indexes g1 and g2. */
    public static double markerLr(Marker m, int g1, int g2, Relationship rel, double theta) {
        int a = Marker.lowerAllele(g1);
        int b = Marker.upperAllele(g1);
        int c = Marker.lowerAllele(g2);
        int d = Marker.upperAllele(g2);
        double pG1 = (a == b ? 1 : 2) * draw(m, theta, a, 0, -1, -1, -1) * draw(m, theta, b, 1, a, -1, -1);
        double unrelated = pG1 * (c == d ? 1 : 2) * draw(m, theta, c, 2, a, b, -1) * draw(m, theta, d, 3, a, b, c);
        double numerator = rel.kappa0() * unrelated;
        if (rel.kappa1() > 0) {
            // One allele of G2 is a copy of one of G1's two alleles (each with probability ½); the other is a new draw.
            double one = shared(a, b, c) / 2.0 * draw(m, theta, d, 2, a, b, -1);
            if (c != d) {
                one += shared(a, b, d) / 2.0 * draw(m, theta, c, 2, a, b, -1);
            }
            numerator += rel.kappa1() * pG1 * one;
        }
        if (rel.kappa2() > 0 && g1 == g2) {
            numerator += rel.kappa2() * pG1;
        }
        return numerator / unrelated;
    }

    private static int shared(int a, int b, int x) {
        return (a == x ? 1 : 0) + (b == x ? 1 : 0);
    }

    /** P(next allele = x | the first n alleles drawn were s1, s2, s3 (−1 for none)). */
    private static double draw(Marker m, double theta, int x, int n, int s1, int s2, int s3) {
        int copies = (s1 == x ? 1 : 0) + (s2 == x ? 1 : 0) + (s3 == x ? 1 : 0);
        return (copies * theta + (1 - theta) * m.frequency(x)) / (1 + (n - 1) * theta);
    }

    private static void checkTheta(double theta) {
        if (!(theta >= 0 && theta < 1)) {
            throw new KinshipInputException("θ = " + theta + " is outside [0, 1)");
        }
    }
}
