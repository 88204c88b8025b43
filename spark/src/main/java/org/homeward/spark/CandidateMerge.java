package org.homeward.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the partitions' top-K lists into the candidates the in-process engine reports, exactly.
 *
 * <p>Each partition holds a contiguous slice of one side (families or remains) in input order and
 * all of the other side. For an owner of the partitioned side its list is already complete; for an
 * owner of the other side the global k best are the k best of the partitions' k best, because every
 * pair is scored in exactly one partition. Both are merged the same way here: best log10 LR first,
 * ties to the lower ordinal (the in-process engine's insertion order), equal LRs compared with
 * {@code ==} as the engine's top-K does. The candidates are then every pair in some list, once,
 * ordered as {@code ScreeningResult.candidates()} orders them: by LR ({@link Double#compare}),
 * then remains, then family.
 */
final class CandidateMerge {

    /** A merged pair by ordinals, with the numbers to report for it. */
    record Pair(int remains, int family, double log10Lr, int markersCompared, int inconsistentMarkers) { }

    private final Tops byRemains;
    private final Tops byFamily;

    CandidateMerge(int k, int remainsCount, int familyCount) {
        this.byRemains = new Tops(k, remainsCount);
        this.byFamily = new Tops(k, familyCount);
    }

    void add(PartitionTops p) {
        for (int i = 0; i < p.size; i++) {
            if (p.list[i] == PartitionTops.BY_REMAINS) {
                byRemains.offer(p.remains[i], p.family[i], p.log10Lr[i], p.compared[i], p.inconsistent[i]);
            } else {
                byFamily.offer(p.family[i], p.remains[i], p.log10Lr[i], p.compared[i], p.inconsistent[i]);
            }
        }
    }

    /** Every pair in some remains' or some family's k best, once, best LR first, then by remains and family. */
    List<Pair> pairs() {
        List<Pair> all = new ArrayList<>();
        byRemains.forEach((owner, other, s, c, inc) -> all.add(new Pair(owner, other, s, c, inc)));
        byFamily.forEach((owner, other, s, c, inc) -> all.add(new Pair(other, owner, s, c, inc)));
        all.sort((a, b) -> a.remains != b.remains ? Integer.compare(a.remains, b.remains) : Integer.compare(a.family, b.family));
        List<Pair> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Pair p = all.get(i);
            if (i == 0 || p.remains != all.get(i - 1).remains || p.family != all.get(i - 1).family) {
                out.add(p);
            }
        }
        // Stable: equal LRs keep the (remains, family) order.
        out.sort((a, b) -> Double.compare(b.log10Lr, a.log10Lr));
        return out;
    }

    /** For each owner, its k best (score, other) entries, best first; ties to the lower other ordinal. */
    private static final class Tops {
        interface Visitor {
            void visit(int owner, int other, double score, int compared, int inconsistent);
        }

        private final int k;
        private final int[] count;
        private final double[] score;
        private final int[] other;
        private final int[] compared;
        private final int[] inconsistent;

        Tops(int k, int owners) {
            this.k = k;
            this.count = new int[owners];
            this.score = new double[owners * k];
            this.other = new int[owners * k];
            this.compared = new int[owners * k];
            this.inconsistent = new int[owners * k];
        }

        void offer(int owner, int candidate, double s, int c, int inc) {
            int base = owner * k;
            int n = count[owner];
            if (n == k && !better(s, candidate, score[base + k - 1], other[base + k - 1])) {
                return;
            }
            int pos = n == k ? k - 1 : n;
            while (pos > 0 && better(s, candidate, score[base + pos - 1], other[base + pos - 1])) {
                move(base + pos - 1, base + pos);
                pos--;
            }
            score[base + pos] = s;
            other[base + pos] = candidate;
            compared[base + pos] = c;
            inconsistent[base + pos] = inc;
            if (n < k) {
                count[owner] = n + 1;
            }
        }

        private void move(int from, int to) {
            score[to] = score[from];
            other[to] = other[from];
            compared[to] = compared[from];
            inconsistent[to] = inconsistent[from];
        }

        void forEach(Visitor v) {
            for (int o = 0; o < count.length; o++) {
                for (int i = 0; i < count[o]; i++) {
                    int at = o * k + i;
                    v.visit(o, other[at], score[at], compared[at], inconsistent[at]);
                }
            }
        }

        /** The in-process top-K's order: higher score, then lower ordinal (scores equal by {@code ==}). */
        private static boolean better(double s, int id, double s2, int id2) {
            return s > s2 || (s == s2 && id < id2);
        }
    }
}
