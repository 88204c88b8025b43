package org.homeward.kinship.screen;

/**
 * The screening hot loop: four families against every remains per pass.
 *
 * <p>Before a pass the four families' per-marker log10 LR tables are interleaved into one scratch
 * array, {@code scratch[4·slot + lane]}, so that one remains' genotype at one marker reads the four
 * families' values from the same cache line. The remains are a flat {@code int[]} of slots, read
 * sequentially; the scratch (about 70 KiB for 21 STRs) stays in L2 for the whole pass. Four
 * independent sums keep the floating-point adders busy. The loop allocates nothing; the rare pairs
 * above the threshold are checked for sex consistency and go to {@link TopK#offer}. Sums run over markers in panel order starting from 0,
 * as the direct computation does, so the LRs are bit-for-bit those of the exact engine.
 */
final class Kernel {

    static final int LANES = 4;

    private Kernel() { }

    /** Fills the scratch with up to four families' tables; missing lanes get −∞ (never reported). */
    static void interleave(MarkerPanel panel, FamilyProfile[] families, int from, int count, double[] scratch) {
        for (int lane = 0; lane < LANES; lane++) {
            FamilyProfile f = lane < count ? families[from + lane] : null;
            for (int m = 0; m < panel.size(); m++) {
                int off = panel.offset(m);
                int len = panel.marker(m).genotypeCount() + 1;
                double[] t = f == null ? null : f.log10Lr[m];
                for (int g = 0; g < len; g++) {
                    scratch[((off + g) << 2) + lane] = t == null ? Double.NEGATIVE_INFINITY : t[g];
                }
            }
        }
    }

    /**
     * Scores families {@code from … from+count−1} (count ≤ 4, interleaved in scratch) against remains
     * {@code 0 … remains−1}, offering pairs at or above the threshold to both top-K lists.
     *
     * @return the number of pairs at or above the threshold
     */
    static int pass(double[] scratch, int[] slots, byte[] remainsSex, byte[] laneSex, int remains, int markers,
                    int from, int count, double threshold, TopK byRemains, TopK byFamily) {
        int above = 0;
        for (int r = 0, base = 0; r < remains; r++, base += markers) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int m = 0; m < markers; m++) {
                int o = slots[base + m] << 2;
                s0 += scratch[o];
                s1 += scratch[o + 1];
                s2 += scratch[o + 2];
                s3 += scratch[o + 3];
            }
            if (s0 >= threshold && sexesAgree(remainsSex[r], laneSex[0])) {
                byRemains.offer(r, from, s0);
                byFamily.offer(from, r, s0);
                above++;
            }
            if (count > 1 && s1 >= threshold && sexesAgree(remainsSex[r], laneSex[1])) {
                byRemains.offer(r, from + 1, s1);
                byFamily.offer(from + 1, r, s1);
                above++;
            }
            if (count > 2 && s2 >= threshold && sexesAgree(remainsSex[r], laneSex[2])) {
                byRemains.offer(r, from + 2, s2);
                byFamily.offer(from + 2, r, s2);
                above++;
            }
            if (count > 3 && s3 >= threshold && sexesAgree(remainsSex[r], laneSex[3])) {
                byRemains.offer(r, from + 3, s3);
                byFamily.offer(from + 3, r, s3);
                above++;
            }
        }
        return above;
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
