package org.homeward.app.identification;

import org.homeward.app.common.InputRefusedException;
import org.homeward.kinship.lineage.FrequencyMethod;

/**
 * How a Y-STR haplotype database gives the remains' haplotype frequency, as the analyst chose it: the
 * augmented count (x + 1)/(N + 1), or the discrete Laplace mixture fitted to the database with
 * {@code clusters} clusters (0 with the augmented count).
 */
public record YFrequency(FrequencyMethod method, int clusters) {

    public static final YFrequency AUGMENTED_COUNT = new YFrequency(FrequencyMethod.AUGMENTED_COUNT, 0);

    public YFrequency {
        if (method == FrequencyMethod.DISCRETE_LAPLACE ? clusters < 1 : clusters != 0) {
            throw new IllegalArgumentException(method + " with " + clusters + " clusters");
        }
    }

    /** The choice as a form or the API gives it: the number of clusters counts only for the discrete Laplace method. */
    public static YFrequency of(FrequencyMethod method, Integer clusters) {
        if (method != FrequencyMethod.DISCRETE_LAPLACE) {
            return AUGMENTED_COUNT;
        }
        if (clusters == null || clusters < 1) {
            throw new InputRefusedException("clusters", "the discrete Laplace method needs a number of clusters, 1 or more");
        }
        return new YFrequency(method, clusters);
    }
}
