package org.homeward.kinship.lineage;

import java.util.List;

/**
 * A Y-STR lineage LR and its parts: the loci compared, the meioses between the missing man and the
 * relative, P(h_R | h_rel, m), the remains' haplotype count in the database (whose augmented count
 * (x + 1)/(N + 1) is the frequency in the denominator) and the LR.
 */
public record YLineageLr(List<String> loci, int meioses, double transition, HaplotypeCount count, double lr) {

    public YLineageLr {
        loci = List.copyOf(loci);
    }
}
