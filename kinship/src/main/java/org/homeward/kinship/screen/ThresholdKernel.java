package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.kinship.Marker;

/**
 * The threshold mode's pass (exact pruning): every pair at or above the threshold, with its exact LR,
 * for a fraction of the full pass's work.
 *
 * <p>Each of 32 families' log10 LRs is rounded <em>up</em> to a multiple of 1/scale (a power of
 * two, so v·scale is exact) and stored, shifted by an offset, in a 16-bit lane; four lanes make one
 * {@code long}, and a slot's eight words sit side by side, so a remains' marker costs one slot load
 * (the remains' slots are streamed as 16-bit chars, once per block), eight loads from 64 bytes and
 * eight integer adds for 32 pairs; a block's table is 64 bytes per genotype (140 KiB at 21 STRs:
 * L2; measured 9 % less CPU per pair than sixteen families in 70 KiB). The lanes are sized so that no sum carries into
 * the next lane and each lane starts at the value that puts its top bit on exactly when its rounded-up
 * sum reaches the threshold (less {@link #BOUND_MARGIN}), so one mask tests a word's four pairs. A rounded-up
 * sum is at least the true sum, so no pair at or above the threshold is lost; values below the lane's
 * floor (exclusions) are raised to it, still an upper bound.
 *
 * <p>Per family and marker the best any remains could get (the largest lane value) bounds the
 * markers not yet summed: the markers are visited in the panel's pruning order (most genotypes
 * first) and after three quarters of them a remains is abandoned once none of its 32 pairs can
 * reach the threshold. That test is not a branch: a batch of remains is summed up to the checkpoint
 * and those that may still reach the threshold are appended to a list (its end bumped by 0 or 1), then
 * only those are summed over the markers left. As a branch its outcome, which depends on the data,
 * was mispredicted so often that it cost more than the loads it saved (measured: 2.4 → 1.8 CPU ns per
 * pair, sixteen families per block). Integer sums do not depend on the order. Survivors are scored again,
 * exactly, in panel order ({@link Kernel#score}), so what is reported is what the full pass reports.
 */
final class ThresholdKernel {

    /** Far above the rounding difference of summing ≤ 10³ log10 LRs in another order (≈ 10⁻¹²). */
    static final double BOUND_MARGIN = 1e-6;
    /** Per marker, lanes cover at least this many log10 units either side of 0. */
    private static final int RANGE = 24;
    private static final long TOP_BITS = 0x8000_8000_8000_8000L;
    private static final long ONES = 0x0001_0001_0001_0001L;
    /** Words per slot, each of four 16-bit lanes. */
    static final int WORDS = 8;
    /** Families per block. */
    static final int FAMILIES = 4 * WORDS;
    /** Remains summed up to the checkpoint before the survivors among them go on. */
    private static final int BATCH = 256;

    private final int markers;
    private final double scale;
    private final int offset;
    private final int ceiling;
    private final long start;
    private final int checkpoint;
    /** A missing lane's values at any marker: 0 (and the longest marker's length). */
    private final char[] zeros;
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
    private ThresholdKernel(int markers, double scale, int offset, int ceiling, long start, int checkpoint, int longest) {
        this.markers = markers;
        this.scale = scale;
        this.offset = offset;
        this.ceiling = ceiling;
        this.start = start;
        this.checkpoint = checkpoint;
        this.zeros = new char[longest + 1];
    }

    /**
     * The layout for a panel and a log10 threshold, or null when the lanes have no room or the panel has
     * more slots than a char can index (then the full pass is used).
     */
    static ThresholdKernel plan(MarkerPanel panel, double log10Threshold) {
        int markers = panel.size();
        if (panel.slots() > Character.MAX_VALUE + 1) {
            return null;
        }
        int scale = Integer.highestOneBit(Math.max(1, 32768 / (markers * 2 * RANGE)));
        long tq = (long) Math.ceil((log10Threshold - BOUND_MARGIN) * scale);
        if (markers * 2 * RANGE > 32768 || tq > 16384) {
            return null;
        }
        int offset = (int) Math.floorDiv(32768 - tq, markers);
        long start = 32768 - (long) markers * offset - tq; // in [0, markers)
        int ceiling = (int) ((65535 - start) / markers);
        int longest = panel.markers().stream().mapToInt(Marker::genotypeCount).max().orElse(0) + 1;
        return new ThresholdKernel(markers, scale, offset, ceiling, start, markers - markers / 4, longest);
    }

    /** Room for the lane values of families 0 to n−1; called before the screening's threads start. */
    void ensureFamilies(int n) {
        if (familyLanes.length < n) {
            familyLanes = Arrays.copyOf(familyLanes, Math.max(n, 2 * familyLanes.length));
            laneOwners = Arrays.copyOf(laneOwners, familyLanes.length);
        }
    }

    /**
     * Fills {@code packed} (per slot, eight words: the 32 families' lane values; every slot written,
     * slot by slot) and {@code rest} (per word, the lanes' bound for the markers after the checkpoint);
     * false when a value is too large for the lanes: the block then goes to the full pass. Missing lanes
     * hold 0 everywhere and never reach the threshold.
     */
    boolean quantize(MarkerPanel panel, FamilyProfile[] families, int from, int count, long[] packed, long[] rest) {
        int[] order = panel.pruningOrder();
        char[][][] byLane = new char[FAMILIES][][];
        for (int lane = 0; lane < count; lane++) {
            byLane[lane] = lanesOf(from + lane, families[from + lane], order);
            for (char[] q : byLane[lane]) {
                if (q.length == 0) {
                    return false;
                }
            }
        }
        Arrays.fill(rest, 0L);
        char[][] q = new char[FAMILIES][];
        for (int i = 0; i < markers; i++) {
            for (int lane = 0; lane < FAMILIES; lane++) {
                q[lane] = lane < count ? byLane[lane][i] : zeros;
            }
            int len = panel.marker(order[i]).genotypeCount() + 1;
            for (int w = 0, lane = 0; w < WORDS; w++, lane += 4) {
                pack(q[lane], q[lane + 1], q[lane + 2], q[lane + 3], len, WORDS * panel.offset(order[i]) + w, packed);
                if (i >= checkpoint) {
                    rest[w] += word(q[lane], q[lane + 1], q[lane + 2], q[lane + 3], len);
                }
            }
        }
        return true;
    }

    /** One word of every slot of a marker: four lanes' values (straight-line code: the loop runs without range checks). */
    private static void pack(char[] a, char[] b, char[] c, char[] d, int len, int at, long[] packed) {
        for (int g = 0; g < len; g++, at += WORDS) {
            packed[at] = a[g] | (long) b[g] << 16 | (long) c[g] << 32 | (long) d[g] << 48;
        }
    }

    private static long word(char[] a, char[] b, char[] c, char[] d, int g) {
        return a[g] | (long) b[g] << 16 | (long) c[g] << 32 | (long) d[g] << 48;
    }

    /**
     * The family's lane values per marker in pruning order, kept by family index; recomputed if another
     * profile has taken the index. Each entry is written by the one thread that screens its block.
     */
    private char[][] lanesOf(int index, FamilyProfile family, int[] order) {
        if (laneOwners[index] != family) {
            char[][] byMarker = new char[markers][];
            for (int i = 0; i < markers; i++) {
                byMarker[i] = lanes.computeIfAbsent(family.log10Lr[order[i]], this::laneValues);
            }
            familyLanes[index] = byMarker;
            laneOwners[index] = family;
        }
        return familyLanes[index];
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
     * order ({@link MarkerPanel#inPruningOrder}), {@code slots} in panel order; {@code laneSex} has one
     * entry per family of the block.
     *
     * @return the number of pairs at or above the threshold
     */
    int pass(long[] packed, long[] rest, char[] ordered, int[] slots, byte[] remainsSex, byte[] laneSex,
                    int remains, MarkerPanel panel, FamilyProfile[] families, int from, int count, double threshold,
                    TopK byRemains, TopK byFamily) {
        int above = 0;
        int[] kept = new int[BATCH];
        long[] sums = new long[WORDS * BATCH];
        for (int first = 0; first < remains; first += BATCH) {
            int n = checkpoint(packed, rest, ordered, first, Math.min(remains, first + BATCH), kept, sums);
            for (int i = 0, at = 0; i < n; i++, at += WORDS) {
                int base = kept[i] * markers;
                add(packed, ordered, base + checkpoint, base + markers, sums, at);
                long reached = 0;
                for (int w = 0; w < WORDS; w++) {
                    reached |= sums[at + w];
                }
                if ((reached & TOP_BITS) != 0) {
                    for (int w = 0; w < WORDS; w++) {
                        above += survivors(sums[at + w] & TOP_BITS, 4 * w, kept[i], base, slots, remainsSex, laneSex,
                                panel, families, from, count, threshold, byRemains, byFamily);
                    }
                }
            }
        }
        return above;
    }

    /**
     * Sums remains {@code first … end−1} over the markers before the checkpoint and lists those with a
     * lane that, with its bound for the markers left, can still reach the threshold: their indexes in
     * {@code kept}, their eight words in {@code sums}. Every remains is written at the list's end and
     * the end moves only for those, so there is no branch to mispredict.
     *
     * @return how many were kept
     */
    private int checkpoint(long[] packed, long[] rest, char[] ordered, int first, int end, int[] kept, long[] sums) {
        long start = this.start * ONES;
        int n = 0;
        for (int r = first, base = first * markers; r < end; r++, base += markers) {
            int at = WORDS * n;
            kept[n] = r;
            for (int w = 0; w < WORDS; w++) {
                sums[at + w] = start;
            }
            add(packed, ordered, base, base + checkpoint, sums, at);
            long reach = 0;
            for (int w = 0; w < WORDS; w++) {
                reach |= sums[at + w] + rest[w];
            }
            reach &= TOP_BITS;
            n += (int) ((reach | -reach) >>> 63); // 1 when some lane can still reach the threshold
        }
        return n;
    }

    /**
     * Adds the block's lane values at the remains' slots {@code ordered[from … to−1]} to the eight words
     * {@code sums[at …]}, held in locals meanwhile: one slot load and eight loads and adds per marker.
     */
    private static void add(long[] packed, char[] ordered, int from, int to, long[] sums, int at) {
        long sum0 = sums[at];
        long sum1 = sums[at + 1];
        long sum2 = sums[at + 2];
        long sum3 = sums[at + 3];
        long sum4 = sums[at + 4];
        long sum5 = sums[at + 5];
        long sum6 = sums[at + 6];
        long sum7 = sums[at + 7];
        for (int m = from; m < to; m++) {
            int o = ordered[m] << 3;
            sum0 += packed[o];
            sum1 += packed[o + 1];
            sum2 += packed[o + 2];
            sum3 += packed[o + 3];
            sum4 += packed[o + 4];
            sum5 += packed[o + 5];
            sum6 += packed[o + 6];
            sum7 += packed[o + 7];
        }
        sums[at] = sum0;
        sums[at + 1] = sum1;
        sums[at + 2] = sum2;
        sums[at + 3] = sum3;
        sums[at + 4] = sum4;
        sums[at + 5] = sum5;
        sums[at + 6] = sum6;
        sums[at + 7] = sum7;
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
