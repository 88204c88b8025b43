package org.homeward.kinship.lineage;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.homeward.kinship.KinshipInputException;

/**
 * A haplotype seen {@code matches} times in a database of {@code size} haplotypes, and the two
 * frequency estimates drawn from that count.
 */
public record HaplotypeCount(int matches, int size) {

    private static final double BETA_ACCURACY = 1e-15;

    public HaplotypeCount {
        if (size < 0 || matches < 0 || matches > size) {
            throw new KinshipInputException("a haplotype count of " + matches + " in " + size + " is impossible");
        }
    }

    /** The augmented count (x + 1) / (N + 1). */
    public double augmentedFrequency() {
        return (matches + 1.0) / (size + 1.0);
    }

    /**
     * The one-sided upper confidence bound of Clopper and Pearson for x in N: the p at which
     * P(X ≤ x | N, p) = 1 − confidence, i.e. the {@code confidence} quantile of Beta(x + 1, N − x);
     * 1 when x = N. For x = 0 this is 1 − (1 − confidence)^(1/N).
     */
    public double clopperPearsonUpper(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new KinshipInputException("a confidence level must lie in (0, 1), not " + confidence);
        }
        if (matches == size) {
            return 1;
        }
        return new BetaDistribution(null, matches + 1.0, (double) size - matches, BETA_ACCURACY)
                .inverseCumulativeProbability(confidence);
    }
}
