package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;

/** The full pass's sums against the direct sum, bit for bit, on values where summation order and signed zeros show. */
class KernelTest {

    @Test
    void everySumEqualsTheDirectSumBitForBitSignedZerosAndInfinitiesIncluded() {
        Marker a = Marker.builder("A").allele("1", 0.5).allele("2", 0.5).mutation(MutationModel.NONE).build();
        Marker b = Marker.builder("B").allele("1", 0.3).allele("2", 0.7).mutation(MutationModel.NONE).build();
        Marker c = Marker.builder("C").allele("1", 0.2).allele("2", 0.8).mutation(MutationModel.NONE).build();
        MarkerPanel panel = new MarkerPanel(List.of(a, b, c));
        Random rnd = new Random(5);
        double[] values = {-0.0, 0.0, Double.NEGATIVE_INFINITY, 1e-17, -1e-17, 0.1, 0.2, 0.3, 1e16, -1e16, 3.0};
        int nf = 11; // a pass of eight and a partial one
        FamilyProfile[] families = new FamilyProfile[nf];
        for (int f = 0; f < nf; f++) {
            double[][] t = new double[panel.size()][];
            for (int m = 0; m < panel.size(); m++) {
                t[m] = new double[panel.marker(m).genotypeCount() + 1];
                for (int g = 0; g < t[m].length; g++) {
                    t[m][g] = f == 0 ? -0.0 : values[rnd.nextInt(values.length)];
                }
            }
            families[f] = new FamilyProfile("F" + f, "MP", Sex.UNKNOWN, t, null);
        }
        int markers = panel.size();
        int nr = 4 * 4 * 4; // every slot combination, "not typed" included
        int[] slots = new int[nr * markers];
        for (int r = 0; r < nr; r++) {
            for (int m = 0, rest = r; m < markers; m++, rest /= 4) {
                slots[r * markers + m] = panel.offset(m) + rest % 4;
            }
        }
        TopK byRemains = new TopK(nf, nr);
        TopK byFamily = new TopK(nr, nf);
        double[] scratch = new double[panel.slots() * Kernel.LANES];
        long offered = 0;
        for (int from = 0; from < nf; from += Kernel.LANES) {
            int count = Math.min(Kernel.LANES, nf - from);
            Kernel.interleave(panel, families, from, count, scratch);
            offered += Kernel.pass(scratch, slots, new byte[nr], new byte[Kernel.LANES], nr, markers, from, count,
                    Double.NEGATIVE_INFINITY, byRemains, byFamily);
        }
        assertThat(offered).isEqualTo((long) nf * nr);
        for (int f = 0; f < nf; f++) {
            assertThat(byFamily.count[f]).isEqualTo(nr);
            for (int i = 0; i < nr; i++) {
                int r = byFamily.id[f * nr + i];
                double direct = Kernel.score(families[f], slots, r * markers, panel);
                assertThat(Double.doubleToRawLongBits(byFamily.score[f * nr + i])).as("family %d, remains %d", f, r)
                        .isEqualTo(Double.doubleToRawLongBits(direct));
            }
        }
        // the all −0.0 family: the direct sum starts at +0.0, so its sums are +0.0, never −0.0
        assertThat(Double.doubleToRawLongBits(byFamily.score[0])).isEqualTo(Double.doubleToRawLongBits(0.0));
    }
}
