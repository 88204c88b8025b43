package org.homeward.kinship;

/**
 * A founder's inbreeding coefficients: the probability that its two alleles are identical by
 * descent, on autosomal markers and on X markers (a woman's only). A founder with coefficient f has
 * P(a/a) = f·p_a + (1 − f)·p_a² and P(a/b) = 2(1 − f)·p_a·p_b.
 */
public record FounderInbreeding(double autosomal, double x) {

    public static final FounderInbreeding NONE = new FounderInbreeding(0, 0);

    public FounderInbreeding {
        if (!(autosomal >= 0 && autosomal <= 1) || !(x >= 0 && x <= 1)) {
            throw new KinshipInputException("founder inbreeding coefficients must lie in [0, 1], got autosomal "
                    + autosomal + " and X " + x);
        }
    }

    /** The coefficient that applies on markers of this chromosome. */
    public double on(Chromosome chromosome) {
        return chromosome == Chromosome.X ? x : autosomal;
    }
}
