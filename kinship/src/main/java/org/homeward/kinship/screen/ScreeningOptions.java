package org.homeward.kinship.screen;

import org.homeward.kinship.KinshipInputException;

/**
 * How a screening reports: pairs with an LR of at least {@code minLr}; for each remains its best
 * {@code topK} families and for each family its best {@code topK} remains; {@code threads} workers.
 * With {@code sexConsistent} (the default), remains of known sex are never paired with a missing
 * person of the other sex.
 */
public record ScreeningOptions(double minLr, int topK, int threads, boolean sexConsistent) {

    public ScreeningOptions(double minLr, int topK, int threads) {
        this(minLr, topK, threads, true);
    }

    public ScreeningOptions {
        if (!(minLr >= 0) || Double.isInfinite(minLr)) {
            throw new KinshipInputException("the LR threshold must be a finite number ≥ 0, got " + minLr);
        }
        if (topK < 1 || topK > 1000) {
            throw new KinshipInputException("top-K must be between 1 and 1000, got " + topK);
        }
        if (threads < 1 || threads > 1024) {
            throw new KinshipInputException("threads must be between 1 and 1024, got " + threads);
        }
    }

    /** LR ≥ 1, the 10 best each way, every core. */
    public static ScreeningOptions defaults() {
        return new ScreeningOptions(1, 10, Runtime.getRuntime().availableProcessors());
    }

    public ScreeningOptions withMinLr(double lr) { return new ScreeningOptions(lr, topK, threads, sexConsistent); }

    public ScreeningOptions withTopK(int k) { return new ScreeningOptions(minLr, k, threads, sexConsistent); }

    public ScreeningOptions withThreads(int t) { return new ScreeningOptions(minLr, topK, t, sexConsistent); }

    public ScreeningOptions withSexConsistency(boolean on) { return new ScreeningOptions(minLr, topK, threads, on); }

    double log10Threshold() {
        return minLr == 0 ? Double.NEGATIVE_INFINITY : Math.log10(minLr);
    }
}
