package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The stationary stepwise model (PM transformation) and laboratories' own matrices, against hand derivations. */
class CustomAndStationaryMutationTest {

    static final Pedigree TRIO = Pedigree.builder().founder("F", Sex.MALE).founder("M", Sex.FEMALE)
            .child("MP", Sex.MALE, "F", "M").build();

    /**
     * Two alleles 1, 2 with p = (0.2, 0.8): the stepwise matrix is [[1 − r, r], [r, 1 − r]], whose
     * stationary distribution is v = (½, ½). Stationarity of P = D(M − I) + I needs d₁p₁ = d₂p₂, so
     * d₁ = 4d₂; keeping the rate, p₁d₁r + p₂d₂r = r gives d₂ = 0.625, d₁ = 2.5.
     */
    @Test
    void twoAllelesByHand() {
        double r = 0.01;
        double[][] p = MutationModel.stationaryStepwise(r, 0.1, 0).matrix(new String[] {"1", "2"}, new double[] {0.2, 0.8});
        assertThat(p[0][1]).isCloseTo(2.5 * r, within(1e-15));
        assertThat(p[0][0]).isCloseTo(1 - 2.5 * r, within(1e-15));
        assertThat(p[1][0]).isCloseTo(0.625 * r, within(1e-15));
        assertThat(p[1][1]).isCloseTo(1 - 0.625 * r, within(1e-15));
    }

    /** The three properties that define the PM transformation, on a marker with a microvariant. */
    @Test
    void stationaryKeepsFrequenciesRateAndRowProportions() {
        String[] alleles = MutationModelTest.ALLELES;
        double[] freqs = MutationModelTest.FREQS;
        double[][] m = MutationModel.stepwise(0.01, 0.1, 1e-4).matrix(alleles, freqs);
        double[][] p = MutationModel.stationaryStepwise(0.01, 0.1, 1e-4).matrix(alleles, freqs);
        assertThat(MutationModel.stationarityDeviation(m, freqs)).isGreaterThan(1e-5);
        assertThat(MutationModel.stationarityDeviation(p, freqs)).isLessThan(1e-15);
        double rateM = 0;
        double rateP = 0;
        for (int i = 0; i < freqs.length; i++) {
            rateM += freqs[i] * (1 - m[i][i]);
            rateP += freqs[i] * (1 - p[i][i]);
            double scale = (1 - p[i][i]) / (1 - m[i][i]);
            for (int j = 0; j < freqs.length; j++) {
                if (j != i) {
                    assertThat(p[i][j]).isCloseTo(scale * m[i][j], within(1e-15));
                }
            }
        }
        assertThat(rateP).isCloseTo(rateM, within(1e-15));
    }

    @Test
    void stationaryNeedsEveryAlleleReachable() {
        assertThatThrownBy(() -> MutationModel.stationaryStepwise(0.01, 0.1, 0).matrix(MutationModelTest.ALLELES, MutationModelTest.FREQS))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("microvariant with rate2 = 0");
        // A rare allele next to a common one would have to mutate more often than it stays.
        assertThatThrownBy(() -> MutationModel.stationaryStepwise(0.5, 0.1, 0).matrix(new String[] {"1", "2"}, new double[] {0.01, 0.99}))
                .isInstanceOf(KinshipInputException.class).hasMessageContaining("does not exist: allele 1");
    }

    /**
     * Paternity with the stationary model on the father, no mutation for the mother: father 1/1,
     * child 2/2. The child's paternal 2 needs the mutation 1 → 2 (2.5r) and the maternal 2 has
     * frequency 0.8: LR = 2.5r · 0.8 / 0.8².
     */
    @Test
    void paternityWithAMutationUnderTheStationaryModel() {
        double r = 0.01;
        Marker m = Marker.builder("L").allele("1", 0.2).allele("2", 0.8)
                .maleMutation(MutationModel.stationaryStepwise(r, 0.1, 0)).build();
        double lr = ReferenceFamily.prepare(TRIO, "MP", List.of(m), Map.of("F", Profile.builder("F").put("L", "1", "1").build()))
                .lr(Profile.builder("R").put("L", "2", "2").build()).lr();
        assertThat(lr).isCloseTo(2.5 * r * 0.8 / (0.8 * 0.8), within(1e-15));
    }

    /** A custom matrix given in another allele order is put in the marker's order; the LR follows it. */
    @Test
    void customMatrixInAnyAlleleOrder() {
        MutationMatrix custom = new MutationMatrix(List.of("b", "a"), new double[][] {{0.97, 0.03}, {0.01, 0.99}});
        Marker m = Marker.builder("L").allele("a", 0.4).allele("b", 0.6).maleMutation(MutationModel.custom(custom)).build();
        double[][] male = m.mutationMatrix(Sex.MALE);
        assertThat(male[0]).containsExactly(0.99, 0.01);
        assertThat(male[1]).containsExactly(0.03, 0.97);
        assertThat(m.mutationMatrix(Sex.FEMALE)[0]).containsExactly(1.0, 0.0);
        // Father a/a, child b/b: paternal a → b (0.01), maternal b (0.6), against 0.6².
        double lr = ReferenceFamily.prepare(TRIO, "MP", List.of(m), Map.of("F", Profile.builder("F").put("L", "a", "a").build()))
                .lr(Profile.builder("R").put("L", "b", "b").build()).lr();
        assertThat(lr).isCloseTo(0.01 * 0.6 / 0.36, within(1e-15));
    }

    @Test
    void customMatrixIsCheckedAtTheDoor() {
        assertThatThrownBy(() -> new MutationMatrix(List.of("a", "b"), new double[][] {{0.9, 0.2}, {-0.1, 1.1}}))
                .isInstanceOf(KinshipInputException.class)
                .hasMessageContaining("the row of allele a sums to 1.1")
                .hasMessageContaining("the probability from allele b to a is -0.1, outside [0, 1]");
        MutationMatrix ab = new MutationMatrix(List.of("a", "b"), new double[][] {{1, 0}, {0, 1}});
        assertThatThrownBy(() -> Marker.builder("L").allele("a", 0.5).allele("c", 0.5).mutation(MutationModel.custom(ab)).build())
                .isInstanceOf(KinshipInputException.class)
                .hasMessageContaining("marker L: the custom mutation matrix has no row for allele c")
                .hasMessageContaining("marker L: the custom mutation matrix lists allele b, which the marker does not have");
        assertThat(MutationModel.custom(ab).isTrivial()).isTrue();
    }
}
