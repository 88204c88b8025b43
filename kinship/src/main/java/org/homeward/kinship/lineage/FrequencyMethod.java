package org.homeward.kinship.lineage;

/** How the remains' Y-STR haplotype frequency in the LR's denominator was estimated. */
public enum FrequencyMethod {
    /** (x + 1) / (N + 1) from the database count. */
    AUGMENTED_COUNT,
    /** The discrete Laplace mixture fitted to the database ({@link DiscreteLaplace}). */
    DISCRETE_LAPLACE
}
