package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MutationModelTest {

    static final String[] ALLELES = {"9", "9.3", "10", "11", "12"};
    static final double[] FREQS = {0.1, 0.2, 0.3, 0.25, 0.15};

    @Test
    void equalModelSharesTheRateEvenly() {
        double[][] m = MutationModel.equal(0.04).matrix(ALLELES, FREQS);
        assertThat(m[0][0]).isEqualTo(0.96);
        assertThat(m[0][3]).isCloseTo(0.01, within(1e-15));
        assertThat(MutationModel.stationarityDeviation(m, FREQS)).isGreaterThan(1e-4);
    }

    @Test
    void proportionalModelIsStationaryWithTheStatedRate() {
        double[][] m = MutationModel.proportional(0.02).matrix(ALLELES, FREQS);
        assertThat(MutationModel.stationarityDeviation(m, FREQS)).isLessThan(1e-15);
        double expectedRate = 0;
        for (int i = 0; i < FREQS.length; i++) {
            expectedRate += FREQS[i] * (1 - m[i][i]);
        }
        assertThat(expectedRate).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void stepwiseModelSeparatesClassesAndWeightsByDistance() {
        double r = 0.01;
        double r2 = 1e-4;
        double[][] m = MutationModel.stepwise(r, 0.1, r2).matrix(ALLELES, FREQS);
        // Allele 10 (class 0): same class 9, 11, 12 at distances 1, 1, 2; other class 9.3.
        double w = 0.1 + 0.1 + 0.01;
        assertThat(m[2][2]).isCloseTo(1 - r - r2, within(1e-15));
        assertThat(m[2][0]).isCloseTo(r * 0.1 / w, within(1e-15));
        assertThat(m[2][4]).isCloseTo(r * 0.01 / w, within(1e-15));
        assertThat(m[2][1]).isCloseTo(r2, within(1e-15));
        // Allele 9.3 is alone in its class: it only moves to other classes.
        assertThat(m[1][1]).isCloseTo(1 - r2, within(1e-15));
        assertThat(m[1][0]).isCloseTo(r2 / 4, within(1e-15));
    }

    @Test
    void onestepMovesOnlyToNeighbours() {
        String[] a = {"8", "10", "11", "12"};
        double[][] m = MutationModel.onestep(0.02).matrix(a, new double[] {0.1, 0.2, 0.3, 0.4});
        assertThat(m[0][0]).isEqualTo(1.0);
        assertThat(m[1][2]).isEqualTo(0.02);
        assertThat(m[2][1]).isEqualTo(0.01);
        assertThat(m[2][3]).isEqualTo(0.01);
        assertThatThrownBy(() -> MutationModel.onestep(0.02).matrix(ALLELES, FREQS))
                .hasMessage("the onestep mutation model needs integer allele names, not 9.3");
    }

    @Test
    void refusesRatesThatAreNotProbabilities() {
        assertThatThrownBy(() -> MutationModel.equal(1.5)).hasMessage("mutation rate 1.5 is outside [0, 1]");
        assertThatThrownBy(() -> MutationModel.proportional(0.9).matrix(new String[] {"1", "2"}, new double[] {0.9, 0.1}))
                .hasMessageContaining("negative transition probability");
    }

    @Test
    void aMarkerWithOneAlleleNeverMutates() {
        assertThat(MutationModel.equal(0.5).matrix(new String[] {"7"}, new double[] {1})[0][0]).isEqualTo(1.0);
    }

    @Test
    void markerRefusesOffLadderAndUnknownAlleles() {
        Marker m = Marker.builder("D3S1358").allele("14", 0.5).allele("15", 0.5).build();
        assertThatThrownBy(() -> m.genotypeIndex("14", "OL"))
                .hasMessage("off-ladder allele 'OL' at marker D3S1358 must be mapped to a named allele before it can be used");
        assertThatThrownBy(() -> m.genotypeIndex("14", "16"))
                .hasMessage("allele '16' is not in the frequency table of marker D3S1358 (choose a rare-allele policy to add it at a minimum frequency)");
        Marker extended = m.withRareAlleles(java.util.List.of("16"), 0.01);
        assertThat(extended.frequency(extended.alleleIndex("16"))).isCloseTo(0.01 / 1.01, within(1e-15));
        assertThat(extended.frequencySum()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void genotypeIndexIsTheDocumentedTriangularFormula() {
        int k = 0;
        for (int b = 0; b < 6; b++) {
            for (int a = 0; a <= b; a++) {
                assertThat(Marker.genotypeIndex(a, b)).isEqualTo(k);
                assertThat(Marker.genotypeIndex(b, a)).isEqualTo(k);
                assertThat(Marker.lowerAllele(k)).isEqualTo(a);
                assertThat(Marker.upperAllele(k)).isEqualTo(b);
                k++;
            }
        }
    }
}
