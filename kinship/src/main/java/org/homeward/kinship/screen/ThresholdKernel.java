package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threshold mode's pass (exact pruning): every pair at or above the threshold, with its exact LR,
 * for a fraction of the full pass's work.
 *
 * <p>Each of eight families' log10 LRs is rounded <em>up</em> to a multiple of 1/scale (a power of
 * two, so v·scale is exact) and stored, shifted by an offset, in a 16-bit lane; four lanes make one
 * {@code long}, and a slot's two words sit side by side, so a remains' marker costs one slot load, two
 * loads from one cache line and two adds for eight pairs (the remains' slots, streamed from memory once
 * per block, are shared by eight families instead of four), and a block's table (16 bytes per genotype)
 * stays in L1 or close to it. The lanes are sized so that no sum carries into
 * the next lane and each lane starts at the value that puts its top bit on exactly when its rounded-up
 * sum reaches the threshold (less {@link #BOUND_MARGIN}), so one mask tests four pairs. A rounded-up
 * sum is at least the true sum, so no pair at or above the threshold is lost; values below the lane's
 * floor (exclusions) are raised to it, still an upper bound.
 *
 * <p>Per family and marker the best any remains could get (the largest lane value) bounds the
 * markers not yet summed: the markers are visited in the panel's pruning order (most genotypes
 * first) and after two thirds of them a remains is abandoned once none of its four pairs
 * can reach the threshold. Integer sums do not depend on the order. Survivors are scored again,
 * exactly, in panel order ({@link Kernel#score}), so what is reported is what the full pass reports.
 */
final class ThresholdKernel {

    /** Far above the rounding difference of summing ≤ 10³ log10 LRs in another order (≈ 10⁻¹²). */
    static final double BOUND_MARGIN = 1e-6;
    /** Per marker, lanes cover at least this many log10 units either side of 0. */
    private static final int RANGE = 24;
    private static final long TOP_BITS = 0x8000_8000_8000_8000L;
    private static final long ONES = 0x0001_0001_0001_0001L;
    /** Families per block: two words of four lanes. */
    static final int FAMILIES = 2 * Kernel.LANES;

    private final int markers;
    private final double scale;
    private final int offset;
    private final int ceiling;
    private final long start;
    private final int checkpoint;
    /**
     * Each distinct table's lane values (its largest last), keyed by identity (tables are interned), kept
     * for the screening's life so that later runs do not round them again; empty when they do not fit.
     */
    private final Map<double[], char[]> lanes = new ConcurrentHashMap<>();
    /**
     * Per family (by index: families are only added), its tables' lane values in pruning order, so a
     * block reads them without a map lookup per table; null until the family is first screened, and
     * recomputed if another profile ever takes the index ({@code laneOwners}). Each entry is written by
     * the one thread that screens its block.
     */
    private char[][][] familyLanes = new char[0][][];
    private FamilyProfile[] laneOwners = new FamilyProfile[0];

    /**
     * Values are stored as ceil(v·scale) + offset, at least 0 and at most {@code ceiling}; every lane
     * starts at {@code start}; the bound is checked after {@code checkpoint} markers.
     */
    private ThresholdKernel(int markers, double scale, int offset, int ceiling, long start, int checkpoint) {
        this.markers = markers;
        this.scale = scale;
        this.offset = offset;
        this.ceiling = ceiling;
        this.start = start;
        this.checkpoint = checkpoint;
    }

    /** The layout for a number of markers and a log10 threshold, or null when the lanes have no room (then the full pass is used). */
    static ThresholdKernel plan(int markers, double log10Threshold) {
        int scale = Integer.highestOneBit(Math.max(1, 32768 / (markers * 2 * RANGE)));
        long tq = (long) Math.ceil((log10Threshold - BOUND_MARGIN) * scale);
        if (markers * 2 * RANGE > 32768 || tq > 16384) {
            return null;
        }
        int offset = (int) Math.floorDiv(32768 - tq, markers);
        long start = 32768 - (long) markers * offset - tq; // in [0, markers)
        int ceiling = (int) ((65535 - start) / markers);
        return new ThresholdKernel(markers, scale, offset, ceiling, start, markers * 2 / 3);
    }

    /** Room for the lane values of families 0 to n−1; called before the screening's threads start. */
    void ensureFamilies(int n) {
        if (familyLanes.length < n) {
            familyLanes = Arrays.copyOf(familyLanes, Math.max(n, 2 * familyLanes.length));
            laneOwners = Arrays.copyOf(laneOwners, familyLanes.length);
        }
    }

    /**
     * Fills {@code packed} (per slot, two words: the eight families' lane values) and {@code rest} (per
     * word, the lanes' bound for the markers after the checkpoint); false when a value is too large for
     * the lanes: the block then goes to the full pass. Missing lanes hold 0 everywhere and never reach
     * the threshold.
     */
    boolean quantize(MarkerPanel panel, FamilyProfile[] families, int from, int count, long[] packed, long[] rest) {
        Arrays.fill(packed, 0L);
        rest[0] = 0;
        rest[1] = 0;
        int[] order = panel.pruningOrder();
        for (int lane = 0; lane < count; lane++) {
            char[][] byMarker = familyLanes[from + lane];
            if (laneOwners[from + lane] != families[from + lane]) {
                double[][] tables = families[from + lane].log10Lr;
                byMarker = new char[markers][];
                for (int i = 0; i < markers; i++) {
                    byMarker[i] = lanes.computeIfAbsent(tables[order[i]], this::laneValues);
                }
                familyLanes[from + lane] = byMarker;
                laneOwners[from + lane] = families[from + lane];
            }
            int word = lane / Kernel.LANES;
            int shift = (lane % Kernel.LANES) << 4;
            long laneRest = 0;
            for (int i = 0; i < markers; i++) {
                int m = order[i];
                char[] q = byMarker[i];
                if (q.length == 0) {
                    return false;
                }
                int at = 2 * panel.offset(m) + word;
                int len = q.length - 1;
                for (int g = 0; g < len; g++) {
                    packed[at + 2 * g] |= (long) q[g] << shift;
                }
                if (i >= checkpoint) {
                    laneRest += q[len];
                }
            }
            rest[word] |= laneRest << shift;
        }
        return true;
    }

    /** A table's lane values, ceil(v·scale) + offset (−∞ and anything below the floor: 0), then the largest; empty when one exceeds the ceiling. */
    private char[] laneValues(double[] table) {
        char[] q = new char[table.length + 1];
        long best = 0;
        for (int g = 0; g < table.length; g++) {
            long v = Math.max(0, (long) Math.ceil(table[g] * scale) + offset);
            if (v > ceiling) {
                return new char[0];
            }
            q[g] = (char) v;
            best = Math.max(best, v);
        }
        q[table.length] = (char) best;
        return q;
    }

    /**
     * Scores families {@code from … from+count−1} (quantized into {@code packed} and {@code rest} by
     * {@link #quantize}) against every remains: {@code ordered} holds the remains' slots in pruning
     * order, {@code slots} in panel order; {@code laneSex} has one entry per family of the block.
     *
     * @return the number of pairs at or above the threshold
     */
    int pass(long[] packed, long[] rest, int[] ordered, int[] slots, byte[] remainsSex, byte[] laneSex,
                    int remains, MarkerPanel panel, FamilyProfile[] families, int from, int count, double threshold,
                    TopK byRemains, TopK byFamily) {
        long start = this.start * ONES;
        long rest0 = rest[0];
        long rest1 = rest[1];
        int above = 0;
        for (int r = 0, base = 0; r < remains; r++, base += markers) {
            long sum0 = start;
            long sum1 = start;
            int m = 0;
            for (; m < checkpoint; m++) {
                int o = ordered[base + m] << 1;
                sum0 += packed[o];
                sum1 += packed[o + 1];
            }
            if ((((sum0 + rest0) | (sum1 + rest1)) & TOP_BITS) == 0) {
                continue;
            }
            for (; m < markers; m++) {
                int o = ordered[base + m] << 1;
                sum0 += packed[o];
                sum1 += packed[o + 1];
            }
            above += survivors(sum0 & TOP_BITS, 0, r, base, slots, remainsSex, laneSex, panel, families, from, count,
                    threshold, byRemains, byFamily)
                    + survivors(sum1 & TOP_BITS, Kernel.LANES, r, base, slots, remainsSex, laneSex, panel, families, from,
                    count, threshold, byRemains, byFamily);
        }
        return above;
    }

    /** Scores exactly the lanes of one word whose rounded-up sums reached the threshold; the number offered. */
    private static int survivors(long reached, int firstLane, int r, int base, int[] slots, byte[] remainsSex,
                                 byte[] laneSex, MarkerPanel panel, FamilyProfile[] families, int from, int count,
                                 double threshold, TopK byRemains, TopK byFamily) {
        int above = 0;
        for (int lane = firstLane; reached != 0 && lane < count; lane++, reached >>>= 16) {
            if ((reached & 0x8000L) != 0) {
                double s = Kernel.score(families[from + lane], slots, base, panel);
                above += Kernel.offer(r, lane, s, remainsSex, laneSex, from, count, threshold, byRemains, byFamily);
            }
        }
        return above;
    }
}
