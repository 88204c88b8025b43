package org.homeward.kinship.screen;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every remains held against every family held, on the screening's threads: blocks of four families
 * per pass of the kernel (the full pass, or in threshold mode {@link ThresholdKernel}, falling back to
 * the full pass for a block whose values do not fit its lanes); each thread keeps its own top-K per
 * remains, merged at the end, and each family's top-K is written by the one thread that owns it.
 */
final class AllPairs {

    private AllPairs() { }

    /** @return the number of pairs at or above the threshold */
    static long screen(MarkerPanel panel, FamilyProfile[] fam, byte[] familySex, int[] slots, byte[] remainsSex, int nr,
                       ScreeningOptions options, double threshold, TopK byRemains, TopK byFamily) {
        int nf = fam.length;
        int markers = panel.size();
        int blocks = (nf + Kernel.LANES - 1) / Kernel.LANES;
        int threads = Math.min(options.threads(), Math.max(1, blocks));
        TopK[] partial = new TopK[threads];
        for (int t = 0; t < threads; t++) {
            partial[t] = new TopK(options.topK(), nr);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong above = new AtomicLong();
        ThresholdKernel pruning = options.pruned() ? ThresholdKernel.plan(markers, threshold) : null;
        int[] ordered = pruning == null ? null : panel.inPruningOrder(slots);
        Screening.onThreads(threads, "screening", t -> {
            TopK mine = partial[t];
            double[] scratch = null;
            long[] packed = pruning == null ? null : new long[panel.slots()];
            byte[] laneSex = new byte[Kernel.LANES];
            int b;
            long myAbove = 0;
            while ((b = next.getAndIncrement()) < blocks) {
                int from = b * Kernel.LANES;
                int count = Math.min(Kernel.LANES, nf - from);
                for (int lane = 0; lane < Kernel.LANES; lane++) {
                    laneSex[lane] = lane < count ? familySex[from + lane] : 0;
                }
                long rest = pruning == null ? -1 : pruning.quantize(panel, fam, from, count, packed);
                if (rest >= 0) {
                    myAbove += pruning.pass(packed, rest, ordered, slots, remainsSex, laneSex, nr, panel, fam,
                            from, count, threshold, mine, byFamily);
                    continue;
                }
                if (scratch == null) {
                    scratch = new double[panel.slots() * Kernel.LANES];
                }
                Kernel.interleave(panel, fam, from, count, scratch);
                myAbove += Kernel.pass(scratch, slots, remainsSex, laneSex, nr, markers, from, count, threshold, mine,
                        byFamily);
            }
            above.addAndGet(myAbove);
        });
        for (TopK p : partial) {
            byRemains.mergeFrom(p, nr);
        }
        return above.get();
    }
}
