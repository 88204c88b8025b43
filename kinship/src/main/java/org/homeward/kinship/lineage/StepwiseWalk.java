package org.homeward.kinship.lineage;

/**
 * The stepwise mutation model of one Y-STR copy over m meioses. In one meiosis an allele stays with
 * probability 1 − μ, moves one repeat up or down with probability μ(1 − s)/2 each and two repeats up
 * or down with μs/2 each (s = the two-step share). Over m meioses the change in repeats is the m-fold
 * convolution of that step distribution, a symmetric random walk, computed exactly.
 */
final class StepwiseWalk {

    private final double[] oneMeiosis;

    StepwiseWalk(double rate, double twoStepShare) {
        double one = rate * (1 - twoStepShare) / 2;
        double two = rate * twoStepShare / 2;
        oneMeiosis = new double[] {two, one, 1 - rate, one, two};
    }

    /** The probability that the allele changes by {@code steps} repeats over {@code meioses} meioses. */
    double probability(int steps, int meioses) {
        if (Math.abs(steps) > 2 * meioses) {
            return 0;
        }
        double[] walk = {1};
        for (int k = 0; k < meioses; k++) {
            double[] next = new double[walk.length + 4];
            for (int i = 0; i < walk.length; i++) {
                for (int j = 0; j < oneMeiosis.length; j++) {
                    next[i + j] += walk[i] * oneMeiosis[j];
                }
            }
            walk = next;
        }
        return walk[steps + 2 * meioses];
    }
}
