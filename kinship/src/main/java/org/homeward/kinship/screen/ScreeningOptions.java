package org.homeward.kinship.screen;

/**
 * How a screening reports, as {@link Screening.Builder#build()} has checked it: pairs with an LR of at
 * least {@code minLr}; for each remains its best {@code topK} families and for each family its best
 * {@code topK} remains; {@code threads} workers; with {@code sexConsistent}, remains of known sex are
 * never paired with a missing person of the other sex; with {@code pruned}, the kernel abandons pairs
 * that can no longer reach {@code minLr} (same results, less work).
 */
record ScreeningOptions(double minLr, int topK, int threads, boolean sexConsistent, boolean pruned) {

    double log10Threshold() {
        return minLr == 0 ? Double.NEGATIVE_INFINITY : Math.log10(minLr);
    }
}
