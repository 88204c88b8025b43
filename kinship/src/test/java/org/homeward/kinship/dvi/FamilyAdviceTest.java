package org.homeward.kinship.dvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/**
 * One marker with four alleles at 1/4. The missing son MP of a typed father F = a/b and an untyped
 * mother M: MP's genotype is a or b from F (1/2 each) with any allele from M (1/4 each), so
 * a/a, b/b (P 1/8, HW 1/16) and a/b (P 1/4, HW 1/8) give LR 2, the four others LR 1:
 * E[log10 LR] = (1/8 + 1/8 + 1/4) · log10 2, and P(LR ≥ 2) = 1/2.
 */
class FamilyAdviceTest {

    static DviProblem.Family family() {
        Pedigree ped = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE).founder("X", Sex.MALE)
                .child("MP", Sex.MALE, "F", "M").build();
        return new DviProblem.Family("A", ped, List.of("MP"), Map.of("F", DviAnalysisTest.profile("F", "a", "b")));
    }

    @Test
    void powerIsExactInExpectationAndSimulatedInDistribution() {
        FamilyAdvice advice = FamilyAdvice.assess(List.of(DviAnalysisTest.L), family(), "MP", 20_000, 7, 2);
        FamilyAdvice.Power power = advice.power();
        assertThat(power.expectedLog10Lr()).isCloseTo(0.5 * Math.log10(2), within(1e-12));
        assertThat(power.probabilityAboveThreshold()).isCloseTo(0.5, within(0.02));
        assertThat(power.lowLog10Lr()).isCloseTo(0, within(1e-12));
        assertThat(power.highLog10Lr()).isCloseTo(Math.log10(2), within(1e-12));
        // an unrelated man without a or b (probability (1/2)²) cannot be F's son
        assertThat(power.exclusionPower()).isCloseTo(0.25, within(1e-12));
        assertThat(power.xExpectedLog10Lr()).isZero();
        FamilyAdvice again = FamilyAdvice.assess(List.of(DviAnalysisTest.L), family(), "MP", 20_000, 7, 2);
        assertThat(again.power()).as("seeded").isEqualTo(power);
    }

    /**
     * Typing the mother M makes MP a child of two typed parents. Averaged over M's genotype the
     * expected log10 LR rises; typing X, who is unrelated, gains nothing.
     */
    @Test
    void theMotherIsTheRelativeToAskForAndTheUnrelatedManGainsNothing() {
        FamilyAdvice advice = FamilyAdvice.assess(List.of(DviAnalysisTest.L), family(), "MP", 100, 1, 1e4);
        assertThat(advice.additionalRelatives()).extracting(FamilyAdvice.RelativeGain::relative).containsExactly("M", "X");
        FamilyAdvice.RelativeGain mother = advice.additionalRelatives().get(0);
        assertThat(mother.expectedGain()).isGreaterThan(0.3);
        assertThat(advice.additionalRelatives().get(1).expectedGain()).isCloseTo(0, within(1e-12));
        // With M typed, MP's genotype has P 1/4, 1/2 or 1 given the parents; by hand over M's 10 genotypes:
        assertThat(mother.expectedLog10Lr()).isCloseTo(expectedWithBothParents(), within(1e-12));
    }

    /** Σ over M's genotype (HW) of Σ over MP's genotype of P log10(P / HW), F = a/b. */
    private static double expectedWithBothParents() {
        String[] alleles = {"a", "b", "c", "d"};
        double total = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = i; j < 4; j++) {
                double pm = i == j ? 1.0 / 16 : 1.0 / 8;
                Map<String, Double> child = new java.util.HashMap<>();
                for (String fromF : new String[] {"a", "b"}) {
                    for (String fromM : new String[] {alleles[i], alleles[j]}) {
                        String key = fromF.compareTo(fromM) <= 0 ? fromF + fromM : fromM + fromF;
                        child.merge(key, 0.25, Double::sum);
                    }
                }
                double kl = 0;
                for (Map.Entry<String, Double> e : child.entrySet()) {
                    double hw = e.getKey().charAt(0) == e.getKey().charAt(1) ? 1.0 / 16 : 1.0 / 8;
                    kl += e.getValue() * Math.log10(e.getValue() / hw);
                }
                total += pm * kl;
            }
        }
        return total;
    }

    @Test
    void everyMissingPersonOfAProblemIsAssessed() {
        DviProblem p = DviProblem.of(List.of(DviAnalysisTest.L), DviAnalysisTest.victims(),
                List.of(DviAnalysisTest.familyA(), DviAnalysisTest.familyB()));
        List<FamilyAdvice> all = FamilyAdvice.assessAll(p, 200, 3, 100);
        assertThat(all).extracting(FamilyAdvice::missing).containsExactly("MA1", "MA2", "MB");
        // Both parents typed and homozygous: the child is a/b for sure, LR 8; nobody untyped is left to ask.
        assertThat(all.get(0).power().expectedLog10Lr()).isCloseTo(Math.log10(8), within(1e-12));
        assertThat(all.get(0).additionalRelatives()).isEmpty();
        assertThat(all.get(2).additionalRelatives()).extracting(FamilyAdvice.RelativeGain::relative).containsExactly("SB");
    }

    @Test
    void badRequestsAreReportedTogether() {
        assertThatThrownBy(() -> FamilyAdvice.assess(List.of(DviAnalysisTest.L), family(), "F", 0, 1, -1))
                .isInstanceOf(KinshipInputException.class)
                .satisfies(e -> assertThat(((KinshipInputException) e).problems()).containsExactly(
                        "'F' is not a missing person of family 'A'",
                        "at least 1 simulation is needed, got 0",
                        "the LR threshold must be a positive number, got -1.0"));
    }
}
