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
 * <p>The pruned pass ({@link #passPruned}) visits the markers in the panel's pruning order (most
 * genotypes first: they separate unrelated pairs fastest) and, at checkpoints, abandons a remains
 * once none of its four pairs can reach the threshold even if every marker left gave its family's
 * best LR. The few pairs that survive are scored again in panel order ({@link #score}), so what is
 * reported is the exact value; the bounds carry a margin far above the rounding of a reordered sum,
 * so no pair at or above the threshold is ever abandoned.
 */
final class Kernel {

    static final int LANES = 4;
    /** Markers summed before the first check, then between checks, in the pruned pass. */
    static final int FIRST_CHECK = 4;
    static final int CHECK_EVERY = 2;
    /** Far above the rounding difference of summing ≤ 10³ log10 LRs in another order (≈ 10⁻¹²). */
    static final double BOUND_MARGIN = 1e-6;

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

    private static int offer(int r, int lane, double s, byte[] remainsSex, byte[] laneSex, int from, int count,
                             double threshold, TopK byRemains, TopK byFamily) {
        if (lane >= count || !(s >= threshold) || !sexesAgree(remainsSex[r], laneSex[lane])) {
            return 0;
        }
        byRemains.offer(r, from + lane, s);
        byFamily.offer(from + lane, r, s);
        return 1;
    }

    /**
     * Fills {@code bounds[4·c + lane]}: for checkpoint c (after {@code FIRST_CHECK + c·CHECK_EVERY}
     * markers in pruning order), the most the markers after it could add for that lane's family, plus
     * the margin. Missing lanes get −∞: they never survive.
     */
    static void bounds(MarkerPanel panel, FamilyProfile[] families, int from, int count, double[] bounds) {
        int markers = panel.size();
        int[] order = panel.pruningOrder();
        for (int lane = 0; lane < LANES; lane++) {
            FamilyProfile f = lane < count ? families[from + lane] : null;
            double rest = BOUND_MARGIN;
            int c = checkpoints(markers) - 1;
            for (int i = markers - 1; i >= 0 && c >= 0; i--) {
                if (i == FIRST_CHECK + c * CHECK_EVERY - 1) {
                    bounds[(c << 2) + lane] = f == null ? Double.NEGATIVE_INFINITY : rest;
                    c--;
                }
                if (f != null) {
                    rest += f.best(order[i]);
                }
            }
        }
    }

    /** Number of checkpoints in a pruned pass over this many markers. */
    static int checkpoints(int markers) {
        return markers <= FIRST_CHECK ? 0 : (markers - FIRST_CHECK - 1) / CHECK_EVERY + 1;
    }

    /**
     * As {@link #pass}, for a threshold: {@code ordered} holds the remains' slots in the panel's pruning
     * order, {@code slots} in panel order (for the exact score of survivors), {@code bounds} as
     * {@link #bounds} filled it.
     *
     * @return the number of pairs at or above the threshold
     */
    static int passPruned(double[] scratch, double[] bounds, int[] ordered, int[] slots, byte[] remainsSex, byte[] laneSex,
                          int remains, MarkerPanel panel, FamilyProfile[] families, int from, int count, double threshold,
                          TopK byRemains, TopK byFamily) {
        int markers = panel.size();
        int checks = checkpoints(markers);
        int above = 0;
        for (int r = 0, base = 0; r < remains; r++, base += markers) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int m = 0;
            boolean alive = true;
            for (int c = 0; c <= checks; c++) {
                int end = c < checks ? FIRST_CHECK + c * CHECK_EVERY : markers;
                for (; m < end; m++) {
                    int o = ordered[base + m] << 2;
                    s0 += scratch[o];
                    s1 += scratch[o + 1];
                    s2 += scratch[o + 2];
                    s3 += scratch[o + 3];
                }
                if (c < checks) {
                    int b = c << 2;
                    if (s0 + bounds[b] < threshold && s1 + bounds[b + 1] < threshold && s2 + bounds[b + 2] < threshold
                            && s3 + bounds[b + 3] < threshold) {
                        alive = false;
                        break;
                    }
                }
            }
            if (alive) {
                above += survivors(r, s0, s1, s2, s3, slots, remainsSex, laneSex, markers, panel, families, from, count,
                        threshold, byRemains, byFamily);
            }
        }
        return above;
    }

    /** Scores again, in panel order, the lanes whose reordered sum came within the margin of the threshold, and offers them. */
    private static int survivors(int r, double s0, double s1, double s2, double s3, int[] slots, byte[] remainsSex,
                                 byte[] laneSex, int markers, MarkerPanel panel, FamilyProfile[] families, int from,
                                 int count, double threshold, TopK byRemains, TopK byFamily) {
        double near = threshold - BOUND_MARGIN;
        int above = 0;
        int base = r * markers;
        for (int lane = 0; lane < count; lane++) {
            double s = lane == 0 ? s0 : lane == 1 ? s1 : lane == 2 ? s2 : s3;
            if (s >= near) {
                above += offer(r, lane, score(families[from + lane], slots, base, panel), remainsSex, laneSex, from, count,
                        threshold, byRemains, byFamily);
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
