package org.homeward.kinship.lineage;

import java.util.List;

/**
 * A Y-STR lineage LR and its parts: the loci compared, the meioses between the missing man and the
 * relative, P(h_R | h_rel, m), the remains' haplotype count in the database, the frequency in the denominator
 * and how it was estimated, and the LR.
 */
public record YLineageLr(List<String> loci, int meioses, double transition, HaplotypeCount count, double frequency,
        FrequencyMethod method, double lr) {

    public YLineageLr {
        loci = List.copyOf(loci);
    }
}
