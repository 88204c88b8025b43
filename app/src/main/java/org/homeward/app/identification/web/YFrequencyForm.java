package org.homeward.app.identification.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.homeward.app.identification.YFrequency;
import org.homeward.kinship.lineage.FrequencyMethod;

/** How a Y-STR database gives the remains' haplotype frequency: the method and, for the discrete Laplace method, the clusters. */
record YFrequencyForm(@NotNull Long database, @NotNull FrequencyMethod method, @Min(1) Integer clusters) {

    static final String[] FIELDS = {"database", "method", "clusters"};

    static YFrequencyForm blank() {
        return new YFrequencyForm(null, FrequencyMethod.AUGMENTED_COUNT, null);
    }

    YFrequency frequency() {
        return YFrequency.of(method, clusters);
    }
}
