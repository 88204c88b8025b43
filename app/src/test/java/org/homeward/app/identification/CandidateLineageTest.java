package org.homeward.app.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.homeward.kinship.lineage.FrequencyMethod;
import org.homeward.kinship.lineage.HaplotypeCount;
import org.homeward.kinship.lineage.MtComparison;
import org.homeward.kinship.lineage.MtComparison.Verdict;
import org.homeward.kinship.lineage.MtLineageEvidence;
import org.homeward.kinship.lineage.YLineageLr;
import org.junit.jupiter.api.Test;

/**
 * The combined LR = autosomal × Y × mtDNA with hand-derived values: autosomal LR 1000; Y: P(h_R | h_rel, m) = 0.99
 * and the remains' haplotype seen 7 times among 500 men, so (x + 1)/(N + 1) = 8/501 and LR_Y = 0.99 · 501/8; mtDNA
 * seen once among 500, so LR_mt = 501/2. An mtDNA exclusion makes the combined LR 0; an inconclusive comparison is a
 * factor 1.
 */
class CandidateLineageTest {

    static final double Y_LR = 0.99 * 501 / 8;
    static final CandidateLineage.YPart Y = new CandidateLineage.YPart("uncle", new YLineageLr(List.of("DYS19"), 3, 0.99,
            new HaplotypeCount(7, 500), 8 / 501.0, FrequencyMethod.AUGMENTED_COUNT, Y_LR), 0, "Y db v1", "panel");

    static CandidateLineage with(Verdict verdict, List<String> differences, Optional<MtLineageEvidence.Statistic> statistic) {
        return new CandidateLineage(3, true, Optional.of(Y),
                Optional.of(new CandidateLineage.MtPart("aunt", new MtLineageEvidence(new MtComparison(differences, verdict), statistic), "mt db v1")));
    }

    @Test
    void an_mtdna_exclusion_makes_the_combined_lr_zero_and_says_so() {
        CandidateLineage excluded = with(Verdict.EXCLUSION, List.of("16189C", "16224C"), Optional.empty());
        assertThat(excluded.excludedByMtDna()).isTrue();
        assertThat(excluded.lineageLr()).isZero();
        assertThat(excluded.combinedLog10Lr()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void an_inconclusive_mtdna_comparison_is_a_factor_one() {
        CandidateLineage inconclusive = with(Verdict.INCONCLUSIVE, List.of("16189C"), Optional.empty());
        assertThat(inconclusive.excludedByMtDna()).isFalse();
        assertThat(inconclusive.combinedLog10Lr()).isCloseTo(Math.log10(1000 * 0.99 * 501 / 8), within(1e-12));
    }

    @Test
    void a_comparison_that_cannot_exclude_multiplies_by_one_over_the_augmented_frequency() {
        MtLineageEvidence.Statistic once = new MtLineageEvidence.Statistic(new HaplotypeCount(1, 500), 2 / 501.0, 0.0095, 501 / 2.0, 1 / 0.0095);
        CandidateLineage cannotExclude = with(Verdict.CANNOT_EXCLUDE, List.of(), Optional.of(once));
        assertThat(cannotExclude.lineageLr()).isCloseTo(0.99 * 501 / 8 * 501 / 2, within(1e-9));
        assertThat(cannotExclude.combinedLog10Lr()).isCloseTo(Math.log10(1000 * (0.99 * 501 / 8) * (501 / 2.0)), within(1e-12));
    }
}
