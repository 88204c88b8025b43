package org.homeward.kinship.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.homeward.kinship.KinshipInputException;
import org.junit.jupiter.api.Test;

class YLineageTest {

    private static final double MU = 0.004;
    private static final double S = 0.05;
    private static final double STAY = 1 - MU;
    private static final double ONE = MU * (1 - S) / 2;
    private static final double TWO = MU * S / 2;

    private static final YPanel PANEL = new YPanel("test", List.of(
            new YLocus("DYS19", 1, MU), new YLocus("DYS385", 2, MU), new YLocus("DYS439", 1, 0.005)), S);

    @Test
    void oneAndTwoMeiosesAsDerivedByHand() {
        StepwiseWalk walk = new StepwiseWalk(MU, S);
        assertThat(walk.probability(0, 1)).isEqualTo(STAY);
        assertThat(walk.probability(-1, 1)).isEqualTo(ONE);
        assertThat(walk.probability(2, 1)).isEqualTo(TWO);
        assertThat(walk.probability(3, 1)).isZero();
        assertThat(walk.probability(0, 2)).isCloseTo(STAY * STAY + 2 * ONE * ONE + 2 * TWO * TWO, within(1e-16));
        assertThat(walk.probability(1, 2)).isCloseTo(2 * STAY * ONE + 2 * ONE * TWO, within(1e-16));
        assertThat(walk.probability(4, 2)).isCloseTo(TWO * TWO, within(1e-18));
    }

    @Test
    void walkEqualsTheSumOverEveryMutationPath() {
        StepwiseWalk walk = new StepwiseWalk(0.03, 0.2);
        double[] step = {0.03 * 0.2 / 2, 0.03 * 0.8 / 2, 0.97, 0.03 * 0.8 / 2, 0.03 * 0.2 / 2};
        for (int m = 1; m <= 6; m++) {
            double[] byDifference = new double[4 * m + 1];
            int paths = (int) Math.pow(5, m);
            for (int path = 0; path < paths; path++) {
                double p = 1;
                int difference = 0;
                for (int k = 0, code = path; k < m; k++, code /= 5) {
                    p *= step[code % 5];
                    difference += code % 5 - 2;
                }
                byDifference[difference + 2 * m] += p;
            }
            for (int d = -2 * m; d <= 2 * m; d++) {
                assertThat(walk.probability(d, m)).as("m=%d d=%d", m, d).isCloseTo(byDifference[d + 2 * m], within(1e-13));
            }
        }
    }

    @Test
    void multiCopyLocusSumsOverBothPairingsOfTheUnorderedCopies() {
        YLineage lineage = new YLineage(PANEL);
        YHaplotype relative = haplotype("DYS385", "11", "12");
        YHaplotype remains = haplotype("DYS385", "12", "13");
        // pairings (11→12, 12→13) and (11→13, 12→12)
        double byHand = ONE * ONE + TWO * STAY;
        assertThat(lineage.transition(relative, remains, 1)).isCloseTo(byHand, within(1e-18));
        assertThat(lineage.transition(relative, remains, 3)).isCloseTo(bruteForceUnordered(relative, remains, 3), within(1e-16));
        YHaplotype doubled = haplotype("DYS385", "14", "14");
        assertThat(lineage.transition(doubled, haplotype("DYS385", "14", "15"), 1)).isCloseTo(2 * STAY * ONE, within(1e-18));
    }

    @Test
    void partialRepeatsNeverMutateIntoWholeRepeats() {
        YLineage lineage = new YLineage(PANEL);
        assertThat(lineage.transition(haplotype("DYS19", "14.2"), haplotype("DYS19", "15"), 2)).isZero();
        assertThat(lineage.transition(haplotype("DYS19", "14.2"), haplotype("DYS19", "15.2"), 1)).isEqualTo(ONE);
    }

    @Test
    void lrIsTheTransitionOverTheAugmentedCountOfTheSharedLoci() {
        YLineage lineage = new YLineage(PANEL);
        YHaplotype remains = new YHaplotype(Map.of("DYS19", alleles("14"), "DYS385", alleles("11", "14"), "DYS439", alleles("12")));
        YHaplotype brother = new YHaplotype(Map.of("DYS19", alleles("14"), "DYS385", alleles("11", "14")));
        YHaplotypeDatabase db = new YHaplotypeDatabase("sim", "1", true, List.of("DYS19", "DYS385"), List.of(
                new YHaplotypeDatabase.Entry(new YHaplotype(Map.of("DYS19", alleles("14"), "DYS385", alleles("14", "11"))), 3),
                new YHaplotypeDatabase.Entry(new YHaplotype(Map.of("DYS19", alleles("15"), "DYS385", alleles("11", "14"))), 96)));
        YLineageLr lr = lineage.lr(remains, brother, 2, db);
        assertThat(lr.loci()).containsExactly("DYS19", "DYS385");
        assertThat(lr.count()).isEqualTo(new HaplotypeCount(3, 99));
        StepwiseWalk w = new StepwiseWalk(MU, S);
        double p0 = w.probability(0, 2);
        double numerator = p0 * (p0 * p0 + w.probability(3, 2) * w.probability(-3, 2));
        assertThat(lr.transition()).isCloseTo(numerator, within(1e-16));
        assertThat(lr.lr()).isCloseTo(numerator / (4.0 / 100), within(1e-12));
    }

    @Test
    void unknownLociAndWrongCopyCountsAreRefusedByName() {
        YLineage lineage = new YLineage(PANEL);
        assertThatThrownBy(() -> lineage.transition(haplotype("DYS999", "3"), haplotype("DYS19", "14"), 1))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("unknown Y-STR locus DYS999");
        assertThatThrownBy(() -> lineage.transition(haplotype("DYS385", "11"), haplotype("DYS19", "14"), 1))
                .hasMessageContaining("DYS385 has 2 copies but 1 alleles");
    }

    @Test
    void databaseRefusesTheSameHaplotypeTwiceWhateverTheOrderOfItsCopies() {
        assertThatThrownBy(() -> new YHaplotypeDatabase("sim", "1", true, List.of("DYS385"), List.of(
                new YHaplotypeDatabase.Entry(haplotype("DYS385", "11", "14"), 1),
                new YHaplotypeDatabase.Entry(haplotype("DYS385", "14", "11"), 2))))
                .hasMessageContaining("lists haplotype DYS385=11,14 twice");
    }

    /** Σ over ordered outcomes (o1, o2) of the two copies whose multiset is the remains' alleles. */
    private static double bruteForceUnordered(YHaplotype from, YHaplotype to, int m) {
        StepwiseWalk w = new StepwiseWalk(MU, S);
        List<YAllele> a = from.alleles().get("DYS385");
        List<YAllele> b = to.alleles().get("DYS385");
        double sum = 0;
        for (int o1 = 0; o1 < 40; o1++) {
            for (int o2 = 0; o2 < 40; o2++) {
                List<Integer> outcome = o1 <= o2 ? List.of(o1, o2) : List.of(o2, o1);
                if (outcome.equals(List.of(b.get(0).repeats(), b.get(1).repeats()))) {
                    sum += w.probability(o1 - a.get(0).repeats(), m) * w.probability(o2 - a.get(1).repeats(), m);
                }
            }
        }
        return sum;
    }

    static YHaplotype haplotype(String locus, String... alleles) {
        return new YHaplotype(Map.of(locus, alleles(alleles)));
    }

    static List<YAllele> alleles(String... alleles) {
        return java.util.Arrays.stream(alleles).map(YAllele::parse).toList();
    }
}
