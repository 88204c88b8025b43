package org.homeward.kinship;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What an untyped founder parent contributes to {@link NuclearPosterior}'s closed form. It depends only
 * on the marker, the parent's sex, whether mutation counts, and the alleles it passed to the typed
 * children, not on the family, so every family of a marker shares it: the sibling shapes' parent sides
 * (most of their cost) become lookups. The cached arrays are the ones computed, so a number never
 * depends on whether it came from the cache. Thread-safe; one per marker.
 */
final class FounderSides {

    /** Sides for at most this many passed alleles are kept (two siblings' worth: k² keys at most per sex and mode). */
    private static final int MAX_PASSED = 2;
    private static final int ALLELE_BITS = 10;
    /** The tag of {@link #passedOn}'s entries, beyond any side's key. */
    private static final long PASSED_ON = 1L << 40;

    private final ConcurrentHashMap<Long, double[]> cache = new ConcurrentHashMap<>();

    /**
     * {@link ParentSide#side} of an untyped founder (weights p on both alleles). Sorts the first
     * {@code count} passed alleles first: the side is symmetric in them, and a fixed order makes the
     * products (and so the rounding) the same for every family with the same alleles.
     */
    double[] side(double[] p, double[][] m, boolean male, boolean identity, int[] passed, int count) {
        java.util.Arrays.sort(passed, 0, count);
        if (count > MAX_PASSED || p.length >= 1 << ALLELE_BITS) {
            return ParentSide.side(p, p, m, identity, passed, count);
        }
        long key = mode(male, identity) | (long) count << 2;
        for (int i = 0; i < count; i++) {
            key |= (long) (passed[i] + 1) << (4 + ALLELE_BITS * i);
        }
        double[] cached = cache.get(key);
        if (cached == null) {
            cached = ParentSide.side(p, p, m, identity, passed, count);
            cache.putIfAbsent(key, cached);
        }
        return cached;
    }

    /** The allele an untyped founder passes on through matrix m: Σ_a p_a M[a]. */
    double[] passedOn(double[] p, double[][] m, boolean male, boolean identity) {
        long key = PASSED_ON | mode(male, identity);
        double[] cached = cache.get(key);
        if (cached == null) {
            int k = p.length;
            cached = new double[k];
            for (int a = 0; a < k; a++) {
                if (p[a] != 0) {
                    for (int x = 0; x < k; x++) {
                        cached[x] += p[a] * m[a][x];
                    }
                }
            }
            cache.putIfAbsent(key, cached);
        }
        return cached;
    }

    private static long mode(boolean male, boolean identity) {
        return (male ? 1 : 0) | (identity ? 2 : 0);
    }
}
