package org.homeward.kinship.screen;

/**
 * The screening hot loops: four families against every remains per pass.
 *
 * <p>Before a pass the four families' per-marker log10 LR tables are interleaved into one scratch
 * array, {@code scratch[4·slot + lane]}, so that one remains' genotype at one marker reads the four
 * families' values from the same cache line. The remains are a flat {@code int[]} of slots, read
 * sequentially; the scratch (about 70 KiB for 21 STRs) stays in L2 for the whole pass. Four
 * independent sums keep the floating-point adders busy (two remains at a time, eight sums, measured
 * slower here: the loads, not the additions, set the pace). The loops allocate nothing; the rare pairs above the
 * threshold are checked for sex consistency and go to {@link TopK#offer}. Sums run over markers in
 * panel order starting from 0, as the direct computation does, so the LRs are bit-for-bit those of
 * the exact engine.
 *
 * <p>The threshold mode's pass is {@link ThresholdKernel}; it reports the same pairs with the same LRs.
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
            above += offer(r, s0, s1, s2, s3, remainsSex, laneSex, from, count, threshold, byRemains, byFamily);
        }
        return above;
    }

    /** Offers remains r's four sums (lanes beyond count hold −∞ or are skipped); the number at or above the threshold. */
    private static int offer(int r, double s0, double s1, double s2, double s3, byte[] remainsSex, byte[] laneSex,
                             int from, int count, double threshold, TopK byRemains, TopK byFamily) {
        if (s0 < threshold && s1 < threshold && s2 < threshold && s3 < threshold) {
            return 0;
        }
        return offer(r, 0, s0, remainsSex, laneSex, from, count, threshold, byRemains, byFamily)
                + offer(r, 1, s1, remainsSex, laneSex, from, count, threshold, byRemains, byFamily)
                + offer(r, 2, s2, remainsSex, laneSex, from, count, threshold, byRemains, byFamily)
                + offer(r, 3, s3, remainsSex, laneSex, from, count, threshold, byRemains, byFamily);
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
