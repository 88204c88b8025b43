package org.homeward.kinship.lineage;

import java.util.Optional;

/**
 * The mtDNA comparison of remains with a maternal-line relative and, when it cannot exclude them,
 * the statistic: the remains' haplotype count in the database, LR = 1 / (x + 1)/(N + 1) by the
 * augmented count, and the conservative LR = 1 / the one-sided 95 % Clopper–Pearson upper bound of
 * x in N. Both are shown; after an exclusion or an inconclusive comparison there is no LR.
 */
public record MtLineageEvidence(MtComparison comparison, Optional<Statistic> statistic) {

    public static final double CONFIDENCE = 0.95;

    /** The database count and the two LRs drawn from it. */
    public record Statistic(HaplotypeCount count, double augmentedFrequency, double upperFrequency,
            double lr, double conservativeLr) { }

    public static MtLineageEvidence of(MtHaplotype remains, MtHaplotype relative, MtHaplotypeDatabase database) {
        MtComparison comparison = MtComparison.of(remains, relative);
        if (comparison.verdict() != MtComparison.Verdict.CANNOT_EXCLUDE) {
            return new MtLineageEvidence(comparison, Optional.empty());
        }
        HaplotypeCount count = database.count(remains);
        double augmented = count.augmentedFrequency();
        double upper = count.clopperPearsonUpper(CONFIDENCE);
        return new MtLineageEvidence(comparison, Optional.of(new Statistic(count, augmented, upper, 1 / augmented, 1 / upper)));
    }
}
