package org.homeward.kinship.screen;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.kinship.Marker;

/**
 * The threshold mode's pass (exact pruning): every pair at or above the threshold, with its exact LR,
 * for a fraction of the full pass's work.
 *
 * <p>Each family's log10 LRs are rounded <em>up</em> to multiples of 1/s (s a power of two, so v·s is
 * exact, chosen per family: {@link #SCALES}), raised to a floor and stored, shifted, in an 8-bit lane;
 * eight lanes make one {@code long} and a slot's eight words (64 families) sit side by side, so a
 * remains' typed marker costs one slot load (streamed as 16-bit chars), eight loads from 64 bytes and
 * eight integer adds for 64 pairs (two of each on the vector unit: {@link VectorKernel#thresholdPass}). Untyped markers are not looked up: a "not typed" slot holds 0 log10
 * in every table, so its lane value is the same at every marker, and the lanes start at their start
 * plus that value times the remains' untyped count. Each lane starts at the value that puts its top bit
 * on exactly when its rounded-up sum over every marker reaches the threshold (less {@link #BOUND_MARGIN}),
 * and a family's scale is the finest at which no sum can carry into the next lane, so one mask tests
 * eight pairs. A rounded-up, floored sum is at least the true sum, so no pair at or above the threshold
 * is lost; the few that reach it in the lanes are scored again, exactly, in panel order
 * ({@link Kernel#score}), so what is reported is what the full pass reports.
 *
 * <p>Why one bound over every marker and no checkpoint: the earlier 16-bit lanes (one {@code long} per
 * four pairs) abandoned a remains after 16 of 21 markers when its lanes plus each family's best at the
 * markers left could not reach the threshold; that best is loose, so a fifth of the block passes went
 * on. 8-bit lanes halve the loads and adds per pair, and summed over all 21 markers let through 1.8 %
 * of the passes of 32 families (counted on that data). Measured (CPU per pair, same minutes): 64
 * families per block about 0.89 of 32 (one slot load serves twice the pairs), 128 more (sixteen sums do
 * not fit the registers); skipping untyped markers about 0.93.
 */
final class ThresholdKernel {

    /** Far above the rounding difference of summing ≤ 10³ log10 LRs in another order (≈ 10⁻¹²). */
    static final double BOUND_MARGIN = 1e-6;
    static final long TOP_BITS = 0x8080_8080_8080_8080L;
    /** Words per slot, each of eight 8-bit lanes. */
    static final int WORDS = 8;
    /** Families per block. */
    static final int FAMILIES = 8 * WORDS;
    /**
     * Lane units per log10 unit, tried finest first; a family takes the first at which its largest
     * possible sum fits the lane. Counted on {@code bench screen}'s data: 1.8 % of block passes reach the
     * exact scoring, against 2.8 % with 4 for every family.
     */
    private static final int[] SCALES = {16, 8, 4, 2, 1};

    private final int markers;
    /** Per marker, the index of its "not typed" entry in a table (its genotype count). */
    private final int[] untypedEntry;
    /** A missing lane's values at any marker: 0 (and the longest marker's length). */
    private final byte[] zeros;
    /** Per scale: what every value is shifted by (so that the floor, −offset/s log10, is 0), or −1 if unusable. */
    private final int[] offset = new int[SCALES.length];
    /** Per scale: the lane's start, in [0, markers). */
    private final int[] start = new int[SCALES.length];
    /**
     * Per scale, each distinct table's lane values, keyed by identity (tables are interned), kept for the
     * screening's life so that later runs do not round them again.
     */
    private final Map<double[], byte[]>[] lanes;
    /**
     * Per family (by index: families are only added), its tables' lane values in panel order and its
     * scale's index ({@code -1}: none fits), so a block reads them without a map lookup per table; null
     * until the family is first screened, and recomputed if another profile ever takes the index
     * ({@code laneOwners}). Each entry is written by the one thread that screens its block.
     */
    private byte[][][] familyLanes = new byte[0][][];
    private int[] familyScale = new int[0];
    /** Per family, its lane value at every marker's "not typed" slot (the same at each: 0 log10 is {@code offset}). */
    private int[] familyUntyped = new int[0];
    private FamilyProfile[] laneOwners = new FamilyProfile[0];

    @SuppressWarnings("unchecked")
    private ThresholdKernel(MarkerPanel panel, int longest, double log10Threshold) {
        this.markers = panel.size();
        this.untypedEntry = panel.markers().stream().mapToInt(Marker::genotypeCount).toArray();
        this.zeros = new byte[longest];
        this.lanes = new Map[SCALES.length];
        for (int k = 0; k < SCALES.length; k++) {
            lanes[k] = new ConcurrentHashMap<>();
            long tq = (long) Math.ceil((log10Threshold - BOUND_MARGIN) * SCALES[k]);
            if (tq > 128) {
                offset[k] = -1;
                continue;
            }
            // start + markers·offset + tq = 128: a lane's top bit turns on when Σ ceil(v·s) ≥ tq.
            offset[k] = (int) Math.floorDiv(128 - tq, markers);
            start[k] = (int) (128 - tq - (long) markers * offset[k]);
        }
    }

    /**
     * The layout for a panel and a log10 threshold, or null when no scale leaves room for the threshold or
     * the panel has more slots than a char can index (then the full pass is used).
     */
    static ThresholdKernel plan(MarkerPanel panel, double log10Threshold) {
        if (panel.slots() > Character.MAX_VALUE + 1 || Math.ceil(log10Threshold - BOUND_MARGIN) > 128) {
            return null;
        }
        int longest = panel.markers().stream().mapToInt(Marker::genotypeCount).max().orElse(0) + 1;
        return new ThresholdKernel(panel, longest, log10Threshold);
    }

    /** Room for the lane values of families 0 to n−1; called before the screening's threads start. */
    void ensureFamilies(int n) {
        if (familyLanes.length < n) {
            familyLanes = Arrays.copyOf(familyLanes, Math.max(n, 2 * familyLanes.length));
            familyScale = Arrays.copyOf(familyScale, familyLanes.length);
            familyUntyped = Arrays.copyOf(familyUntyped, familyLanes.length);
            laneOwners = Arrays.copyOf(laneOwners, familyLanes.length);
        }
    }

    /**
     * Fills {@code packed} (per slot, eight words: the 64 families' lane values; every slot written, slot
     * by slot) and {@code starts} (for u = 0 … markers untyped, eight words: the lanes' starts plus u times
     * their value at a "not typed" slot, so that the pass sums typed markers only); false when a family's
     * values fit no scale: the block then goes to the full pass. Missing lanes hold 0 and start at 0:
     * they never reach the threshold.
     */
    boolean quantize(MarkerPanel panel, FamilyProfile[] families, int from, int count, long[] packed, long[] starts) {
        byte[][][] byLane = new byte[FAMILIES][][];
        long[] untyped = new long[WORDS];
        Arrays.fill(starts, 0, WORDS, 0L);
        for (int lane = 0; lane < count; lane++) {
            int index = from + lane;
            lanesOf(index, families[index]);
            if (familyScale[index] < 0) {
                return false;
            }
            byLane[lane] = familyLanes[index];
            int shift = (lane & 7) << 3;
            starts[lane >> 3] |= (long) start[familyScale[index]] << shift;
            untyped[lane >> 3] |= (long) familyUntyped[index] << shift;
        }
        // No carry: a lane's start plus u values at "not typed" slots is at most its start plus its largest value at every marker.
        for (int at = WORDS; at < WORDS * (markers + 1); at++) {
            starts[at] = starts[at - WORDS] + untyped[at % WORDS];
        }
        byte[][] q = new byte[FAMILIES][];
        for (int m = 0; m < markers; m++) {
            for (int lane = 0; lane < FAMILIES; lane++) {
                q[lane] = lane < count ? byLane[lane][m] : zeros;
            }
            int len = panel.marker(m).genotypeCount() + 1;
            for (int w = 0, lane = 0; w < WORDS; w++, lane += 8) {
                pack(q[lane], q[lane + 1], q[lane + 2], q[lane + 3], q[lane + 4], q[lane + 5], q[lane + 6],
                        q[lane + 7], len, WORDS * panel.offset(m) + w, packed);
            }
        }
        return true;
    }

    /** One word of every slot of a marker: eight lanes' values (straight-line code: the loop runs without range checks). */
    private static void pack(byte[] a, byte[] b, byte[] c, byte[] d, byte[] e, byte[] f, byte[] g, byte[] h, int len,
                             int at, long[] packed) {
        for (int i = 0; i < len; i++, at += WORDS) {
            packed[at] = (a[i] & 0xFFL) | (b[i] & 0xFFL) << 8 | (c[i] & 0xFFL) << 16 | (d[i] & 0xFFL) << 24
                    | (e[i] & 0xFFL) << 32 | (f[i] & 0xFFL) << 40 | (g[i] & 0xFFL) << 48 | (h[i] & 0xFFL) << 56;
        }
    }

    /**
     * The family's lane values per marker, its scale and its value at a "not typed" slot, kept by family
     * index; recomputed if another profile has taken the index. The finest scale wins at which the lane's
     * start plus the family's largest value at every marker stays below 256, so no sum carries into the
     * next lane; only that scale's values are made. A family whose "not typed" entries (0 log10 in every
     * table) differ between markers fits none.
     */
    private void lanesOf(int index, FamilyProfile family) {
        if (laneOwners[index] == family) {
            return;
        }
        double[][] tables = family.log10Lr;
        double[] best = new double[markers];
        for (int m = 0; m < markers; m++) {
            best[m] = Double.NEGATIVE_INFINITY;
            for (double v : tables[m]) {
                best[m] = Math.max(best[m], v);
            }
        }
        familyScale[index] = -1;
        familyLanes[index] = null;
        laneOwners[index] = family;
        for (int k = 0; k < SCALES.length; k++) {
            if (offset[k] < 0) {
                continue;
            }
            long highest = start[k];
            for (int m = 0; m < markers; m++) {
                highest += lane(best[m], k);
            }
            if (highest > 255) {
                continue;
            }
            long untyped = lane(tables[0][untypedEntry[0]], k);
            byte[][] byMarker = new byte[markers][];
            for (int m = 0; m < markers; m++) {
                if (lane(tables[m][untypedEntry[m]], k) != untyped) {
                    return;
                }
                int scale = k;
                byMarker[m] = lanes[k].computeIfAbsent(tables[m], t -> laneValues(t, scale));
            }
            familyScale[index] = k;
            familyLanes[index] = byMarker;
            familyUntyped[index] = (int) untyped;
            return;
        }
    }

    /** A table's lane values at scale k (at most 255 for a family that takes that scale). */
    private byte[] laneValues(double[] table, int k) {
        byte[] q = new byte[table.length];
        for (int g = 0; g < table.length; g++) {
            q[g] = (byte) lane(table[g], k);
        }
        return q;
    }

    /**
     * A log10 LR's lane value at scale k: ceil(v·s) + offset, 0 for −∞ and anything below the floor,
     * 256 (fits no lane) for anything above 255, +∞ and NaN included.
     */
    private long lane(double v, int k) {
        double q = Math.max(0, Math.ceil(v * SCALES[k]) + offset[k]);
        return q <= 255 ? (long) q : 256;
    }

    /**
     * The remains' typed slots as chars (half the memory traffic of ints), the remains ordered by how many
     * markers they have typed, so that the pass's loop over them runs the same number of times for long
     * stretches. Remains {@code order[i]}'s slots are {@code chars[begin[i] … begin[i+1]−1]}.
     */
    record Typed(char[] chars, int[] begin, int[] order) { }

    /** The remains' typed slots, for a panel of at most 65,536 slots ({@link #plan}). */
    static Typed typed(MarkerPanel panel, int[] slots, int remains) {
        int markers = panel.size();
        int[] count = new int[remains];
        int[] withCount = new int[markers + 2];
        int total = 0;
        for (int r = 0, base = 0; r < remains; r++, base += markers) {
            for (int m = 0; m < markers; m++) {
                if (slots[base + m] != panel.missingSlot(m)) {
                    count[r]++;
                }
            }
            withCount[count[r] + 1]++;
            total += count[r];
        }
        for (int c = 1; c < withCount.length; c++) {
            withCount[c] += withCount[c - 1];
        }
        int[] order = new int[remains];
        for (int r = 0; r < remains; r++) {
            order[withCount[count[r]]++] = r;
        }
        char[] chars = new char[total];
        int[] begin = new int[remains + 1];
        for (int i = 0, at = 0; i < remains; i++) {
            begin[i] = at;
            for (int m = 0, base = order[i] * markers; m < markers; m++) {
                if (slots[base + m] != panel.missingSlot(m)) {
                    chars[at++] = (char) slots[base + m];
                }
            }
            begin[i + 1] = at;
        }
        return new Typed(chars, begin, order);
    }

    /**
     * Scores families {@code from … from+count−1} (quantized into {@code packed} and {@code starts} by
     * {@link #quantize}) against every remains: {@code typed} holds the remains' typed slots
     * ({@link #typed}), {@code slots} all their slots in panel order; {@code laneSex} has one entry per
     * family of the block. On the vector unit where it can ({@link Kernel#VECTOR}), with the same sums.
     *
     * @return the number of pairs at or above the threshold
     */
    int pass(long[] packed, long[] starts, Typed typed, int[] slots, byte[] remainsSex, byte[] laneSex,
             int remains, MarkerPanel panel, FamilyProfile[] families, int from, int count, double threshold,
             TopK byRemains, TopK byFamily) {
        return Kernel.VECTOR
                ? VectorKernel.thresholdPass(packed, starts, typed, slots, remainsSex, laneSex, remains, panel,
                        families, from, count, threshold, byRemains, byFamily)
                : scalarPass(packed, starts, typed, slots, remainsSex, laneSex, remains, panel, families, from, count,
                        threshold, byRemains, byFamily);
    }

    /** {@link #pass} in scalar code: eight words in eight registers. */
    int scalarPass(long[] packed, long[] starts, Typed typed, int[] slots, byte[] remainsSex, byte[] laneSex,
                   int remains, MarkerPanel panel, FamilyProfile[] families, int from, int count, double threshold,
                   TopK byRemains, TopK byFamily) {
        int above = 0;
        char[] chars = typed.chars();
        int[] begin = typed.begin();
        for (int i = 0; i < remains; i++) {
            int first = begin[i];
            int end = begin[i + 1];
            int s = WORDS * (markers - (end - first));
            long sum0 = starts[s];
            long sum1 = starts[s + 1];
            long sum2 = starts[s + 2];
            long sum3 = starts[s + 3];
            long sum4 = starts[s + 4];
            long sum5 = starts[s + 5];
            long sum6 = starts[s + 6];
            long sum7 = starts[s + 7];
            for (int m = first; m < end; m++) {
                int o = chars[m] << 3;
                sum0 += packed[o];
                sum1 += packed[o + 1];
                sum2 += packed[o + 2];
                sum3 += packed[o + 3];
                sum4 += packed[o + 4];
                sum5 += packed[o + 5];
                sum6 += packed[o + 6];
                sum7 += packed[o + 7];
            }
            if (((sum0 | sum1 | sum2 | sum3 | sum4 | sum5 | sum6 | sum7) & TOP_BITS) != 0) {
                int r = typed.order()[i];
                above += survivors(new long[] {sum0, sum1, sum2, sum3, sum4, sum5, sum6, sum7}, r, r * markers, slots,
                        remainsSex, laneSex, panel, families, from, count, threshold, byRemains, byFamily);
            }
        }
        return above;
    }

    /**
     * Scores exactly the lanes whose rounded-up sums reached the threshold; the number offered. Rare, and
     * kept out of the loop so that it does not crowd the eight sums out of their registers.
     */
    static int survivors(long[] sums, int r, int base, int[] slots, byte[] remainsSex, byte[] laneSex,
                         MarkerPanel panel, FamilyProfile[] families, int from, int count, double threshold,
                         TopK byRemains, TopK byFamily) {
        int above = 0;
        for (int w = 0; w < WORDS; w++) {
            long reached = sums[w] & TOP_BITS;
            while (reached != 0) {
                int lane = 8 * w + (Long.numberOfTrailingZeros(reached) >>> 3);
                reached &= reached - 1;
                if (lane < count) {
                    double s = Kernel.score(families[from + lane], slots, base, panel);
                    above += Kernel.offer(r, lane, s, remainsSex, laneSex, from, count, threshold, byRemains, byFamily);
                }
            }
        }
        return above;
    }
}
