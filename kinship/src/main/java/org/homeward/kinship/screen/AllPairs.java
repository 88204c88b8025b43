package org.homeward.kinship.screen;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every remains held against every family held, on the screening's threads: blocks of eight families
 * per pass of the kernel (the full pass), or in threshold mode of 64 per {@link ThresholdKernel} pass,
 * falling back to the full pass for a block whose values do not fit its lanes; each thread keeps its own top-K per
 * remains, merged at the end, and each family's top-K is written by the one thread that owns it.
 */
final class AllPairs {

    private AllPairs() { }

    /**
     * @param pruning the threshold mode's layout, or null for the full pass
     * @return the number of pairs at or above the threshold
     */
    static long screen(MarkerPanel panel, FamilyProfile[] fam, byte[] familySex, int[] slots, byte[] remainsSex, int nr,
                       ScreeningOptions options, ThresholdKernel pruning, double threshold, TopK byRemains,
                       TopK byFamily) {
        int nf = fam.length;
        int markers = panel.size();
        int perBlock = pruning == null ? Kernel.LANES : ThresholdKernel.FAMILIES;
        int blocks = (nf + perBlock - 1) / perBlock;
        int threads = Math.min(options.threads(), Math.max(1, blocks));
        TopK[] partial = new TopK[threads];
        for (int t = 0; t < threads; t++) {
            partial[t] = new TopK(options.topK(), nr);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong above = new AtomicLong();
        ThresholdKernel.Typed typed = pruning == null ? null : ThresholdKernel.typed(panel, slots, nr);
        if (pruning != null) {
            pruning.ensureFamilies(nf);
        }
        Screening.onThreads(threads, "screening", t -> {
            TopK mine = partial[t];
            double[] scratch = null;
            long[] packed = pruning == null ? null : new long[ThresholdKernel.WORDS * panel.slots()];
            long[] starts = new long[ThresholdKernel.WORDS * (markers + 1)];
            byte[] laneSex = new byte[perBlock];
            int b;
            long myAbove = 0;
            while ((b = next.getAndIncrement()) < blocks) {
                int first = b * perBlock;
                int last = Math.min(first + perBlock, nf);
                if (pruning != null && pruning.quantize(panel, fam, first, last - first, packed, starts)) {
                    sexes(familySex, first, last, laneSex);
                    myAbove += pruning.pass(packed, starts, typed, slots, remainsSex, laneSex, nr, panel, fam,
                            first, last - first, threshold, mine, byFamily);
                    continue;
                }
                if (scratch == null) {
                    scratch = new double[panel.slots() * Kernel.LANES];
                }
                for (int from = first; from < last; from += Kernel.LANES) {
                    int count = Math.min(Kernel.LANES, last - from);
                    sexes(familySex, from, from + count, laneSex);
                    Kernel.interleave(panel, fam, from, count, scratch);
                    myAbove += Kernel.pass(scratch, slots, remainsSex, laneSex, nr, markers, from, count, threshold,
                            mine, byFamily);
                }
            }
            above.addAndGet(myAbove);
        });
        for (TopK p : partial) {
            byRemains.mergeFrom(p, nr);
        }
        return above.get();
    }

    /** The sexes of families {@code from … to−1} in lane order, 0 (unknown, never in conflict) beyond them. */
    private static void sexes(byte[] familySex, int from, int to, byte[] laneSex) {
        for (int lane = 0; lane < laneSex.length; lane++) {
            laneSex[lane] = from + lane < to ? familySex[from + lane] : 0;
        }
    }
}
