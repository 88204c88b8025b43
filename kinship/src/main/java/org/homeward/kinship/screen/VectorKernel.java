package org.homeward.kinship.screen;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernel}'s full pass on the CPU's vector unit: a slot's eight lanes are two 256-bit vectors,
 * so one remains' genotype at one marker costs two loads and two adds for eight pairs instead of eight
 * of each. Scalar, the eight adds per marker were the limit (about the two floating-point add units'
 * throughput); here the loads are.
 *
 * <p>Each lane is added in the same order as the scalar pass, and a vector add rounds each lane as
 * the scalar add does (Java's floating point is strict), so every sum is bit for bit the scalar one.
 * Two 256-bit vectors rather than one 512-bit: a Java array's elements start 16 bytes past an
 * 8-byte-aligned object, so a 64-byte load straddles two cache lines unless the array happens to sit
 * at one of the eight possible offsets, and with 512-bit loads the pass ran 1.4× slower in the other
 * seven (measured); halves straddle at most once per slot, and the same code runs on AVX2 machines.
 *
 * <p>Loaded only when the JVM was started with {@code --add-modules jdk.incubator.vector} (the
 * {@code homeward} script, the tests, the Spark module's {@code jvm.options}, the image and the benches
 * do), see {@link Kernel#VECTOR}.
 */
final class VectorKernel {

    private static final VectorSpecies<Double> HALF = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Long> HALF_WORDS = LongVector.SPECIES_256;

    private VectorKernel() { }

    /**
     * Whether 256-bit vectors of doubles and of longs run on this CPU's vector unit (else they would be
     * slower than scalar code): AVX2 or later. AVX alone has 256-bit doubles but only 128-bit integers.
     */
    static boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= HALF.vectorBitSize()
                && LongVector.SPECIES_PREFERRED.vectorBitSize() >= HALF_WORDS.vectorBitSize();
    }

    /** As {@link Kernel#pass}, the same pairs with the same sums. */
    static int pass(double[] scratch, int[] slots, byte[] remainsSex, byte[] laneSex, int remains, int markers,
                    int from, int count, double threshold, TopK byRemains, TopK byFamily) {
        DoubleVector bar = DoubleVector.broadcast(HALF, threshold);
        int above = 0;
        for (int r = 0, i = 0; r < remains; r++) {
            int o = slots[i] << 3;
            DoubleVector low = DoubleVector.fromArray(HALF, scratch, o);
            DoubleVector high = DoubleVector.fromArray(HALF, scratch, o + 4);
            for (int end = i + markers, j = i + 1; j < end; j++) {
                o = slots[j] << 3;
                low = low.add(DoubleVector.fromArray(HALF, scratch, o));
                high = high.add(DoubleVector.fromArray(HALF, scratch, o + 4));
            }
            i += markers;
            if (low.compare(VectorOperators.GE, bar).or(high.compare(VectorOperators.GE, bar)).anyTrue()) {
                double[] sums = new double[Kernel.LANES];
                low.intoArray(sums, 0);
                high.intoArray(sums, 4);
                above += Kernel.offer(r, sums, remainsSex, laneSex, from, count, threshold, byRemains, byFamily);
            }
        }
        return above;
    }

    /**
     * As {@link ThresholdKernel#pass}, the same lanes reaching the threshold: a slot's eight words (64
     * families' 8-bit lanes) are two 256-bit vectors, and a vector's integer add is the word's add.
     */
    static int thresholdPass(long[] packed, long[] starts, ThresholdKernel.Typed typed, int[] slots,
                             byte[] remainsSex, byte[] laneSex, int remains, MarkerPanel panel,
                             FamilyProfile[] families, int from, int count, double threshold, TopK byRemains,
                             TopK byFamily) {
        int markers = panel.size();
        char[] chars = typed.chars();
        int[] begin = typed.begin();
        int above = 0;
        for (int i = 0; i < remains; i++) {
            int first = begin[i];
            int end = begin[i + 1];
            int s = ThresholdKernel.WORDS * (markers - (end - first));
            LongVector low = LongVector.fromArray(HALF_WORDS, starts, s);
            LongVector high = LongVector.fromArray(HALF_WORDS, starts, s + 4);
            for (int m = first; m < end; m++) {
                int o = chars[m] << 3;
                low = low.add(LongVector.fromArray(HALF_WORDS, packed, o));
                high = high.add(LongVector.fromArray(HALF_WORDS, packed, o + 4));
            }
            if (low.or(high).and(ThresholdKernel.TOP_BITS).compare(VectorOperators.NE, 0).anyTrue()) {
                long[] sums = new long[ThresholdKernel.WORDS];
                low.intoArray(sums, 0);
                high.intoArray(sums, 4);
                int r = typed.order()[i];
                above += ThresholdKernel.survivors(sums, r, r * markers, slots, remainsSex, laneSex, panel, families,
                        from, count, threshold, byRemains, byFamily);
            }
        }
        return above;
    }
}
