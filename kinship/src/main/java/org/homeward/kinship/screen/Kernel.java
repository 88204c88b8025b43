package org.homeward.kinship.screen;

import java.util.Arrays;

/**
 * The screening hot loop: eight families against every remains per pass.
 *
 * <p>Before a pass the eight families' per-marker log10 LR tables are interleaved into one scratch
 * array, {@code scratch[8·slot + lane]} (written slot by slot, so each cache line once), so that one
 * remains' genotype at one marker reads the eight families' values from 64 consecutive bytes and one slot
 * index serves eight pairs. The remains are a flat {@code int[]} of slots, read sequentially; the
 * scratch (about 140 KiB for 21 STRs) stays in L2 for the whole pass. Eight independent sums: the
 * floating-point adds, 21 per pair at 21 markers, set the pace (measured: a C loop over the same
 * layout is no faster with its loads from L1 only). The loops allocate nothing; the rare pairs above
 * the threshold are checked for sex consistency and go to {@link TopK#offer}.
 *
 * <p>Sums run over markers in panel order starting from 0, as {@link #score} and the direct
 * computation do, so the LRs are bit-for-bit those of the exact engine. The first marker's values are
 * stored as {@code 0.0 + t} (equal to t except that −0.0 becomes +0.0, as in the direct sum) and
 * assigned, which saves one add per pair without changing a bit.
 *
 * <p>Where the JVM offers the vector API ({@code --add-modules jdk.incubator.vector}) and the CPU 256-bit
 * vectors, {@link VectorKernel} runs the same pass on the vector unit, with the same sums; this scalar
 * pass is the fallback. The threshold mode's pass is {@link ThresholdKernel}; it reports the same pairs
 * with the same LRs.
 */
final class Kernel {

    static final int LANES = 8;

    /**
     * Whether {@link #pass} runs as {@link VectorKernel}. The module is looked up before the class is
     * touched: without it, loading VectorKernel would fail.
     */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && VectorKernel.usable();

    private Kernel() { }

    /** Fills the scratch with up to eight families' tables; missing lanes get −∞ (never reported). */
    static void interleave(MarkerPanel panel, FamilyProfile[] families, int from, int count, double[] scratch) {
        double[][] t = new double[LANES][];
        for (int m = 0; m < panel.size(); m++) {
            int len = panel.marker(m).genotypeCount() + 1;
            for (int l = 0; l < LANES; l++) {
                t[l] = l < count ? families[from + l].log10Lr[m] : minusInfinity(len);
            }
            interleave(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], len, panel.offset(m) * LANES, m == 0, scratch);
        }
    }

    /** One marker's slots, each eight values side by side (straight-line code: the loop runs without range checks). */
    private static void interleave(double[] t0, double[] t1, double[] t2, double[] t3, double[] t4, double[] t5,
                                   double[] t6, double[] t7, int len, int at, boolean first, double[] scratch) {
        if (first) {
            for (int g = 0, o = at; g < len; g++, o += LANES) {
                scratch[o] = 0.0 + t0[g]; // the direct sum's first step
                scratch[o + 1] = 0.0 + t1[g];
                scratch[o + 2] = 0.0 + t2[g];
                scratch[o + 3] = 0.0 + t3[g];
                scratch[o + 4] = 0.0 + t4[g];
                scratch[o + 5] = 0.0 + t5[g];
                scratch[o + 6] = 0.0 + t6[g];
                scratch[o + 7] = 0.0 + t7[g];
            }
            return;
        }
        for (int g = 0, o = at; g < len; g++, o += LANES) {
            scratch[o] = t0[g];
            scratch[o + 1] = t1[g];
            scratch[o + 2] = t2[g];
            scratch[o + 3] = t3[g];
            scratch[o + 4] = t4[g];
            scratch[o + 5] = t5[g];
            scratch[o + 6] = t6[g];
            scratch[o + 7] = t7[g];
        }
    }

    private static double[] minusInfinity(int len) {
        double[] t = new double[len];
        Arrays.fill(t, Double.NEGATIVE_INFINITY);
        return t;
    }

    /**
     * Scores families {@code from … from+count−1} (count ≤ 8, interleaved in scratch) against remains
     * {@code 0 … remains−1}, offering pairs at or above the threshold to both top-K lists: on the vector
     * unit where it can ({@link #VECTOR}), else as {@link #scalarPass}.
     *
     * @return the number of pairs at or above the threshold
     */
    static int pass(double[] scratch, int[] slots, byte[] remainsSex, byte[] laneSex, int remains, int markers,
                    int from, int count, double threshold, TopK byRemains, TopK byFamily) {
        return VECTOR
                ? VectorKernel.pass(scratch, slots, remainsSex, laneSex, remains, markers, from, count, threshold,
                        byRemains, byFamily)
                : scalarPass(scratch, slots, remainsSex, laneSex, remains, markers, from, count, threshold,
                        byRemains, byFamily);
    }

    /** {@link #pass} in scalar code: eight sums in eight registers. */
    static int scalarPass(double[] scratch, int[] slots, byte[] remainsSex, byte[] laneSex, int remains, int markers,
                          int from, int count, double threshold, TopK byRemains, TopK byFamily) {
        int above = 0;
        for (int r = 0, i = 0; r < remains; r++) {
            int o = slots[i] << 3;
            double s0 = scratch[o];
            double s1 = scratch[o + 1];
            double s2 = scratch[o + 2];
            double s3 = scratch[o + 3];
            double s4 = scratch[o + 4];
            double s5 = scratch[o + 5];
            double s6 = scratch[o + 6];
            double s7 = scratch[o + 7];
            for (int end = i + markers, j = i + 1; j < end; j++) {
                o = slots[j] << 3;
                s0 += scratch[o];
                s1 += scratch[o + 1];
                s2 += scratch[o + 2];
                s3 += scratch[o + 3];
                s4 += scratch[o + 4];
                s5 += scratch[o + 5];
                s6 += scratch[o + 6];
                s7 += scratch[o + 7];
            }
            i += markers;
            if (s0 >= threshold || s1 >= threshold || s2 >= threshold || s3 >= threshold
                    || s4 >= threshold || s5 >= threshold || s6 >= threshold || s7 >= threshold) {
                above += offer(r, new double[] {s0, s1, s2, s3, s4, s5, s6, s7}, remainsSex, laneSex, from, count,
                        threshold, byRemains, byFamily);
            }
        }
        return above;
    }

    /**
     * Offers remains r's eight sums; the number at or above the threshold. Rare, and kept out of the
     * loop: inlined there, it crowded the eight sums out of their registers (measured 10–20 % slower).
     */
    static int offer(int r, double[] sums, byte[] remainsSex, byte[] laneSex, int from, int count,
                     double threshold, TopK byRemains, TopK byFamily) {
        int above = 0;
        for (int lane = 0; lane < LANES; lane++) {
            above += offer(r, lane, sums[lane], remainsSex, laneSex, from, count, threshold, byRemains, byFamily);
        }
        return above;
    }

    /** Offers one pair if it is at or above the threshold and the sexes agree; 1 if offered. */
    static int offer(int r, int lane, double s, byte[] remainsSex, byte[] laneSex, int from, int count,
                             double threshold, TopK byRemains, TopK byFamily) {
        if (lane >= count || !(s >= threshold) || !sexesAgree(remainsSex[r], laneSex[lane])) {
            return 0;
        }
        byRemains.offer(r, from + lane, s);
        byFamily.offer(from + lane, r, s);
        return 1;
    }

    /** Sexes as bytes: 0 unknown, 1 male, 2 female. Only a known sex can conflict with another known sex. */
    static boolean sexesAgree(byte remains, byte missing) {
        return remains == 0 || missing == 0 || remains == missing;
    }

    /** One remains against one family by direct lookups, summed in the same order as {@link #pass}. */
    static double score(FamilyProfile f, int[] slots, int base, MarkerPanel panel) {
        double s = 0;
        for (int m = 0; m < panel.size(); m++) {
            s += f.log10Lr[m][slots[base + m] - panel.offset(m)];
        }
        return s;
    }
}
