package org.homeward.kinship;

/**
 * From a likelihood ratio to what a reviewer and a family need: the posterior probability of
 * identity under a stated prior, and the verbal equivalent of the LR.
 */
public final class Posterior {

    /** The ENFSI (2015) verbal scale, for LR ≥ 1 in favour of identity and for LR < 1 against it. */
    public enum Verbal {
        NO_SUPPORT("no support either way"),
        WEAK("weak support"),
        MODERATE("moderate support"),
        MODERATELY_STRONG("moderately strong support"),
        STRONG("strong support"),
        VERY_STRONG("very strong support"),
        EXTREMELY_STRONG("extremely strong support");

        private final String words;

        Verbal(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private Posterior() { }

    /**
     * P(identity | DNA) with prior probability {@code prior}: LR·π / (LR·π + 1 − π), computed from
     * log10 LR so that LRs beyond a double's range still give a posterior (1 − ε, never rounded up
     * by overflow). An exclusion (log10 LR = −∞) gives 0.
     *
     * @param prior in (0, 1), e.g. 1/N for N missing persons in the relevant group
     */
    public static double probability(double log10Lr, double prior) {
        if (!(prior > 0 && prior < 1)) {
            throw new KinshipInputException("a prior probability must lie strictly between 0 and 1, got " + prior);
        }
        if (log10Lr == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        // posterior = 1 / (1 + 10^(log10((1 − π)/π) − log10 LR))
        double log10Odds = Math.log10(prior) - Math.log10(1 - prior) + log10Lr;
        return 1 / (1 + Math.pow(10, -log10Odds));
    }

    /** The prior 1/N for a group of N missing persons any of whom the remains could be. */
    public static double uniformPrior(long missingPersons) {
        if (missingPersons < 2) {
            throw new KinshipInputException("a uniform prior needs at least 2 candidates, got " + missingPersons);
        }
        return 1.0 / missingPersons;
    }

    /** The verbal strength of an LR, in whichever direction it points (see {@link #supportsIdentity}). */
    public static Verbal verbal(double log10Lr) {
        double m = Math.abs(log10Lr);
        if (m == Double.POSITIVE_INFINITY) {
            return Verbal.EXTREMELY_STRONG;
        }
        if (m < Math.log10(2)) {
            return Verbal.NO_SUPPORT;
        }
        if (m < 1) {
            return Verbal.WEAK;
        }
        if (m < 2) {
            return Verbal.MODERATE;
        }
        if (m < 3) {
            return Verbal.MODERATELY_STRONG;
        }
        if (m < 4) {
            return Verbal.STRONG;
        }
        if (m < 6) {
            return Verbal.VERY_STRONG;
        }
        return Verbal.EXTREMELY_STRONG;
    }

    /** True when the LR favours identity (LR > 1). */
    public static boolean supportsIdentity(double log10Lr) {
        return log10Lr > 0;
    }
}
