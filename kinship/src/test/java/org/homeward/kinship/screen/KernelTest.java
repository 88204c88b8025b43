package org.homeward.kinship.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.stream.DoubleStream;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full pass's sums against the direct sum, bit for bit, on values where summation order and signed
 * zeros show; the vector pass against the scalar one, pair for pair.
 */
class KernelTest {

    /** One of the two implementations of {@link Kernel#pass}. */
    interface Pass {
        int run(double[] scratch, int[] slots, byte[] remainsSex, byte[] laneSex, int remains, int markers,
                int from, int count, double threshold, TopK byRemains, TopK byFamily);
    }

    private static Pass pass(String name) {
        if (name.equals("vector")) {
            assumeTrue(Kernel.VECTOR, "256-bit vectors on this CPU");
            return VectorKernel::pass;
        }
        return Kernel::scalarPass;
    }

    @Test
    void theBuildRunsTheVectorPass() {
        // surefire's argLine adds the module; without it the vector pass would go untested and unused
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
        assumeTrue(VectorKernel.usable(), "256-bit vectors on this CPU");
        assertThat(Kernel.VECTOR).isTrue();
        assertThat(Screening.kernel()).startsWith("vector unit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scalar", "vector"})
    void everySumEqualsTheDirectSumBitForBitSignedZerosAndInfinitiesIncluded(String kernel) {
        Pass pass = pass(kernel);
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
            offered += pass.run(scratch, slots, new byte[nr], new byte[Kernel.LANES], nr, markers, from, count,
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

    /**
     * Random tables with every kind of value (signed zeros, infinities, NaN, subnormals), sexes and
     * thresholds, eight families and fewer: the vector pass offers exactly the scalar pass's pairs with
     * the same sums, so both top-K lists and the counts agree bit for bit.
     */
    @Test
    void theVectorPassOffersTheScalarPassesPairsWithTheSameSums() {
        assumeTrue(Kernel.VECTOR, "256-bit vectors on this CPU");
        MarkerPanel panel = panel(5);
        double[] special = {-0.0, 0.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN,
            Double.MIN_VALUE, -Double.MIN_VALUE, 1e308, -1e308};
        Random rnd = new Random(19);
        for (int trial = 0; trial < 200; trial++) {
            int nf = 1 + rnd.nextInt(Kernel.LANES);
            FamilyProfile[] families = families(panel, nf,
                    () -> rnd.nextInt(10) == 0 ? special[rnd.nextInt(special.length)] : 6 * rnd.nextDouble() - 3);
            int nr = 1 + rnd.nextInt(300);
            int[] slots = slots(panel, nr, rnd);
            byte[] remainsSex = sexes(nr, rnd);
            byte[] laneSex = Arrays.copyOf(sexes(nf, rnd), Kernel.LANES);
            double threshold = trial % 4 == 0 ? Double.NEGATIVE_INFINITY : 4 * rnd.nextDouble() - 2;
            double[] scratch = new double[panel.slots() * Kernel.LANES];
            Kernel.interleave(panel, families, 0, nf, scratch);
            int k = 1 + rnd.nextInt(4);
            TopK scalarByRemains = new TopK(k, nr);
            TopK scalarByFamily = new TopK(k, nf);
            TopK vectorByRemains = new TopK(k, nr);
            TopK vectorByFamily = new TopK(k, nf);
            int scalar = Kernel.scalarPass(scratch, slots, remainsSex, laneSex, nr, panel.size(), 0, nf, threshold,
                    scalarByRemains, scalarByFamily);
            int vector = VectorKernel.pass(scratch, slots, remainsSex, laneSex, nr, panel.size(), 0, nf, threshold,
                    vectorByRemains, vectorByFamily);
            assertThat(vector).as("trial %d: pairs offered", trial).isEqualTo(scalar);
            assertSame(vectorByRemains, scalarByRemains, "trial " + trial + ", by remains");
            assertSame(vectorByFamily, scalarByFamily, "trial " + trial + ", by family");
        }
    }

    /**
     * The threshold mode's vector pass against its scalar pass on random words (a word's add is the
     * same wrapping add either way, so any bits do), random typed counts and a random block size: the
     * same lanes reach the threshold, so the same pairs are scored and offered.
     */
    @Test
    void theVectorThresholdPassOffersTheScalarPassesPairs() {
        assumeTrue(Kernel.VECTOR, "256-bit vectors on this CPU");
        MarkerPanel panel = panel(4);
        int words = ThresholdKernel.WORDS;
        Random rnd = new Random(23);
        int trialsOffering = 0;
        for (int trial = 0; trial < 100; trial++) {
            int nf = 1 + rnd.nextInt(ThresholdKernel.FAMILIES);
            FamilyProfile[] families = families(panel, nf, () -> 6 * rnd.nextDouble() - 3);
            int nr = 1 + rnd.nextInt(200);
            int[] slots = slots(panel, nr, rnd);
            byte[] remainsSex = sexes(nr, rnd);
            byte[] laneSex = Arrays.copyOf(sexes(nf, rnd), ThresholdKernel.FAMILIES);
            ThresholdKernel.Typed typed = ThresholdKernel.typed(panel, slots, nr);
            // lanes of at most 31 + 4 · 15 < 128, except in half the trials one word of starts with any bits:
            // then some lanes reach the threshold (top bit on) and most do not
            long[] packed = rnd.longs((long) words * panel.slots()).map(w -> w & 0x0F0F_0F0F_0F0F_0F0FL).toArray();
            long[] starts = rnd.longs((long) words * (panel.size() + 1)).map(w -> w & 0x1F1F_1F1F_1F1F_1F1FL).toArray();
            if (rnd.nextBoolean()) {
                starts[rnd.nextInt(starts.length)] = rnd.nextLong();
            }
            double threshold = rnd.nextDouble() * 2 - 1;
            ThresholdKernel kernel = ThresholdKernel.plan(panel, threshold);
            TopK scalarByRemains = new TopK(3, nr);
            TopK scalarByFamily = new TopK(3, nf);
            TopK vectorByRemains = new TopK(3, nr);
            TopK vectorByFamily = new TopK(3, nf);
            int scalar = kernel.scalarPass(packed, starts, typed, slots, remainsSex, laneSex, nr, panel, families, 0,
                    nf, threshold, scalarByRemains, scalarByFamily);
            int vector = VectorKernel.thresholdPass(packed, starts, typed, slots, remainsSex, laneSex, nr, panel,
                    families, 0, nf, threshold, vectorByRemains, vectorByFamily);
            assertThat(vector).as("trial %d: pairs offered", trial).isEqualTo(scalar);
            assertSame(vectorByRemains, scalarByRemains, "trial " + trial + ", by remains");
            assertSame(vectorByFamily, scalarByFamily, "trial " + trial + ", by family");
            trialsOffering += scalar > 0 ? 1 : 0;
        }
        assertThat(trialsOffering).as("trials where some pair is offered").isBetween(10, 90);
    }

    /** Markers M0, M1, … with 2, 3, … equally frequent alleles. */
    private static MarkerPanel panel(int size) {
        List<Marker> markers = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            Marker.Builder b = Marker.builder("M" + m).mutation(MutationModel.NONE);
            for (int a = 1; a <= 2 + m; a++) {
                b.allele(Integer.toString(a), 1.0 / (2 + m));
            }
            markers.add(b.build());
        }
        return new MarkerPanel(markers);
    }

    /** Families whose every table entry comes from {@code value} (their sexes: the lanes' own, in the tests). */
    private static FamilyProfile[] families(MarkerPanel panel, int n, DoubleSupplier value) {
        FamilyProfile[] families = new FamilyProfile[n];
        for (int f = 0; f < n; f++) {
            double[][] t = new double[panel.size()][];
            for (int m = 0; m < panel.size(); m++) {
                t[m] = DoubleStream.generate(value).limit(panel.marker(m).genotypeCount() + 1).toArray();
            }
            families[f] = new FamilyProfile("F" + f, "MP", Sex.UNKNOWN, t, null);
        }
        return families;
    }

    /** Remains with a random slot ("not typed" included) at every marker. */
    private static int[] slots(MarkerPanel panel, int remains, Random rnd) {
        int[] slots = new int[remains * panel.size()];
        for (int r = 0; r < remains; r++) {
            for (int m = 0; m < panel.size(); m++) {
                slots[r * panel.size() + m] = panel.offset(m) + rnd.nextInt(panel.marker(m).genotypeCount() + 1);
            }
        }
        return slots;
    }

    /** Sexes as the kernel holds them: 0 unknown, 1 male, 2 female. */
    private static byte[] sexes(int n, Random rnd) {
        byte[] sexes = new byte[n];
        for (int i = 0; i < n; i++) {
            sexes[i] = (byte) rnd.nextInt(3);
        }
        return sexes;
    }

    private static void assertSame(TopK actual, TopK expected, String what) {
        assertThat(actual.count).as(what + ": counts").isEqualTo(expected.count);
        assertThat(actual.id).as(what + ": ids").isEqualTo(expected.id);
        assertThat(Arrays.stream(actual.score).mapToLong(Double::doubleToRawLongBits).toArray()).as(what + ": scores")
                .isEqualTo(Arrays.stream(expected.score).mapToLong(Double::doubleToRawLongBits).toArray());
    }
}
