package org.homeward.kinship;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What an untyped founder parent contributes to {@link NuclearPosterior}'s closed form. It depends only
 * on the marker, the parent's sex, whether mutation counts, and the alleles it passed to the typed
 * children, not on the family, so every family of a marker shares it: the sibling shapes' parent sides
 * (most of their cost) become lookups. The same holds for a typed parent with no typed child (its side
 * depends on its genotype alone): both parents typed, one parent typed. The cached arrays are the ones
 * computed, so a number never depends on whether it came from the cache. Thread-safe; one per marker.
 */
final class FounderSides {

    /** Sides for at most this many passed alleles are kept (two siblings' worth). */
    private static final int MAX_PASSED = 2;

    /**
     * Per mode (sex × mutation or not), a slot for no passed allele, one per passed allele, one per
     * sorted pair (at its genotype index), one for {@link #passedOn} and one per genotype of a typed
     * parent ({@link #typedSide}): direct indexes, no hashing
     * (a hashed map of packed keys spent more on colliding lookups than the sides cost to read).
     */
    private volatile AtomicReferenceArray<double[]> slots;

    /**
     * {@link ParentSide#side} of an untyped founder (weights p on both alleles). Sorts the first
     * {@code count} passed alleles first: the side is symmetric in them, and a fixed order makes the
     * products (and so the rounding) the same for every family with the same alleles.
     */
    double[] side(double[] p, double[][] m, boolean male, boolean identity, int[] passed, int count) {
        Arrays.sort(passed, 0, count);
        if (count > MAX_PASSED) {
            return ParentSide.side(p, p, m, identity, passed, count);
        }
        int k = p.length;
        int slot = base(k, male, identity) + switch (count) {
            case 0 -> 0;
            case 1 -> 1 + passed[0];
            default -> 1 + k + Marker.genotypeIndex(passed[0], passed[1]);
        };
        AtomicReferenceArray<double[]> s = slots(k);
        double[] cached = s.get(slot);
        if (cached == null) {
            cached = ParentSide.side(p, p, m, identity, passed, count);
            s.compareAndSet(slot, null, cached);
        }
        return cached;
    }

    /** The allele an untyped founder passes on through matrix m: Σ_a p_a M[a]. */
    double[] passedOn(double[] p, double[][] m, boolean male, boolean identity) {
        int k = p.length;
        int slot = base(k, male, identity) + 1 + k + k * (k + 1) / 2;
        AtomicReferenceArray<double[]> s = slots(k);
        double[] cached = s.get(slot);
        if (cached == null) {
            cached = new double[k];
            for (int a = 0; a < k; a++) {
                if (p[a] != 0) {
                    for (int x = 0; x < k; x++) {
                        cached[x] += p[a] * m[a][x];
                    }
                }
            }
            s.compareAndSet(slot, null, cached);
        }
        return cached;
    }

    /** {@link ParentSide#side} of a typed parent of genotype g (weights u, v: its two alleles) who passed nothing to a typed child. */
    double[] typedSide(int g, double[] u, double[] v, double[][] m, boolean male, boolean identity) {
        int k = u.length;
        int slot = base(k, male, identity) + 2 + k + k * (k + 1) / 2 + g;
        AtomicReferenceArray<double[]> s = slots(k);
        double[] cached = s.get(slot);
        if (cached == null) {
            cached = ParentSide.side(u, v, m, identity, new int[0], 0);
            s.compareAndSet(slot, null, cached);
        }
        return cached;
    }

    private AtomicReferenceArray<double[]> slots(int k) {
        AtomicReferenceArray<double[]> s = slots;
        if (s == null) {
            synchronized (this) {
                s = slots;
                if (s == null) {
                    s = new AtomicReferenceArray<>(4 * perMode(k));
                    slots = s;
                }
            }
        }
        return s;
    }

    private static int perMode(int k) {
        return 2 + k + k * (k + 1);
    }

    private static int base(int k, boolean male, boolean identity) {
        return ((male ? 1 : 0) | (identity ? 2 : 0)) * perMode(k);
    }
}
