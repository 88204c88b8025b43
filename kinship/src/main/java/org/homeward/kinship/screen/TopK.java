package org.homeward.kinship.screen;

import java.util.Arrays;

/**
 * For each of many owners, the k best (score, id) pairs seen, best first; ties go to the lower id,
 * so the result does not depend on the order pairs were offered in (full and incremental runs agree).
 * Flat primitive arrays, nothing allocated per offer.
 */
final class TopK {
    final int k;
    double[] score;
    int[] id;
    int[] count;

    TopK(int k, int owners) {
        this.k = k;
        this.score = new double[k * Math.max(owners, 1)];
        this.id = new int[k * Math.max(owners, 1)];
        this.count = new int[Math.max(owners, 1)];
    }

    void ensureOwners(int owners) {
        if (owners > count.length) {
            int n = Math.max(owners, count.length * 2);
            score = Arrays.copyOf(score, n * k);
            id = Arrays.copyOf(id, n * k);
            count = Arrays.copyOf(count, n);
        }
    }

    /** An independent copy, so that a published result keeps its lists while screening goes on. */
    TopK copy() {
        TopK c = new TopK(k, count.length);
        c.score = score.clone();
        c.id = id.clone();
        c.count = count.clone();
        return c;
    }

    void clear(int owners) {
        Arrays.fill(count, 0, owners, 0);
    }

    /** Offers a pair; kept only if it is among the owner's k best. */
    void offer(int owner, int candidate, double s) {
        int base = owner * k;
        int c = count[owner];
        if (c == k && !better(s, candidate, score[base + k - 1], id[base + k - 1])) {
            return;
        }
        int pos = c == k ? k - 1 : c;
        while (pos > 0 && better(s, candidate, score[base + pos - 1], id[base + pos - 1])) {
            score[base + pos] = score[base + pos - 1];
            id[base + pos] = id[base + pos - 1];
            pos--;
        }
        score[base + pos] = s;
        id[base + pos] = candidate;
        if (c < k) {
            count[owner] = c + 1;
        }
    }

    void mergeFrom(TopK other, int owners) {
        for (int o = 0; o < owners; o++) {
            int base = o * k;
            for (int i = 0; i < other.count[o]; i++) {
                offer(o, other.id[base + i], other.score[base + i]);
            }
        }
    }

    static boolean better(double s, int id, double s2, int id2) {
        return s > s2 || (s == s2 && id < id2);
    }
}
