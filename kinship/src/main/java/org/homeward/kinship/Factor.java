package org.homeward.kinship;

import java.util.Arrays;

/**
 * A non-negative table over a few discrete variables, for variable elimination. Variables are
 * integer ids; the last variable in {@code vars} varies fastest in {@code values}. Entries are the
 * positions in each variable's domain, not allele indexes.
 */
final class Factor {
    final int[] vars;
    final int[] cards;
    final double[] values;

    Factor(int[] vars, int[] cards, double[] values) {
        this.vars = vars;
        this.cards = cards;
        this.values = values;
    }

    boolean contains(int var) {
        for (int v : vars) {
            if (v == var) {
                return true;
            }
        }
        return false;
    }

    /** True when some variable v of this factor is renamed ({@code to[v] != v}) or restricted ({@code from[v] != null}). */
    boolean touches(int[] to, int[][] from) {
        for (int v : vars) {
            if (to[v] != v || from[v] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * This factor with each variable v renamed {@code to[v]}, its entry at the new variable's position
     * x read at position {@code from[v][x]} (null: x itself); variables renamed alike become one,
     * their table's diagonal (tied alleles). The new variables' sizes are {@code cardOf}.
     */
    Factor tie(int[] to, int[][] from, int[] cardOf) {
        int[] renamed = new int[vars.length];
        int[] which = new int[vars.length];
        int u = 0;
        for (int k = 0; k < vars.length; k++) {
            int t = to[vars[k]];
            int j = 0;
            while (j < u && renamed[j] != t) {
                j++;
            }
            if (j == u) {
                renamed[u++] = t;
            }
            which[k] = j;
        }
        int[] outVars = Arrays.copyOf(renamed, u);
        int[] outCards = new int[u];
        int size = 1;
        for (int j = 0; j < u; j++) {
            outCards[j] = cardOf[outVars[j]];
            size *= outCards[j];
        }
        int[] oldStride = new int[vars.length];
        for (int k = vars.length - 1, s = 1; k >= 0; k--) {
            oldStride[k] = s;
            s *= cards[k];
        }
        double[] out = new double[size];
        int[] digit = new int[u];
        for (int cell = 0; cell < size; cell++) {
            int offset = 0;
            for (int k = 0; k < vars.length; k++) {
                int x = digit[which[k]];
                int[] map = from[vars[k]];
                offset += oldStride[k] * (map == null ? x : map[x]);
            }
            out[cell] = values[offset];
            for (int j = u - 1; j >= 0 && ++digit[j] == outCards[j]; j--) {
                digit[j] = 0;
            }
        }
        return new Factor(outVars, outCards, out);
    }

    /** Stride of {@code var} in this factor's table, 0 when the factor does not depend on it. */
    int stride(int var) {
        int s = 1;
        for (int k = vars.length - 1; k >= 0; k--) {
            if (vars[k] == var) {
                return s;
            }
            s *= cards[k];
        }
        return 0;
    }

    /**
     * The product of {@code factors}, with {@code eliminated} summed out (−1 to keep every variable).
     * The result's variables are the union of the factors' variables in first-seen order.
     *
     * <p>One odometer walk over the union's assignments; each factor's table offset is kept up to date
     * by adding its stride when a digit turns and subtracting the digit's span when it wraps, so the
     * inner loop is multiply-and-add with no index arithmetic beyond that and no allocation.
     */
    static Factor productSumOut(Factor[] factors, int count, int eliminated, int[] cardOf) {
        int[] union = new int[16];
        int u = 0;
        for (int f = 0; f < count; f++) {
            for (int v : factors[f].vars) {
                boolean seen = false;
                for (int k = 0; k < u; k++) {
                    if (union[k] == v) {
                        seen = true;
                        break;
                    }
                }
                if (!seen) {
                    if (u == union.length) {
                        union = Arrays.copyOf(union, u * 2);
                    }
                    union[u++] = v;
                }
            }
        }
        // Put the eliminated variable last so that it is the fastest digit and sums into one cell.
        int[] walk = new int[u];
        int w = 0;
        for (int k = 0; k < u; k++) {
            if (union[k] != eliminated) {
                walk[w++] = union[k];
            }
        }
        boolean summing = w < u;
        if (summing) {
            walk[w] = eliminated;
        }
        int[] walkCards = new int[u];
        long total = 1;
        for (int k = 0; k < u; k++) {
            walkCards[k] = cardOf[walk[k]];
            total *= walkCards[k];
        }
        if (total > 400_000_000L) {
            throw new KinshipInputException("the pedigree is too complex for exact computation: an intermediate table of "
                    + total + " entries would be needed");
        }
        int[][] strides = new int[count][u];
        for (int f = 0; f < count; f++) {
            for (int k = 0; k < u; k++) {
                strides[f][k] = factors[f].stride(walk[k]);
            }
        }
        int inner = summing ? walkCards[u - 1] : 1;
        int outerDigits = summing ? u - 1 : u;
        int outSize = (int) (total / inner);
        double[] out = new double[outSize];
        int[] digit = new int[u];
        int[] offset = new int[count];
        // The tables and the summed variable's strides in flat arrays: the inner loop then reads
        // no Factor field and no row of strides (loads the compiler cannot hoist past the stores to out).
        double[][] tables = new double[count][];
        int[] innerStride = new int[count];
        for (int f = 0; f < count; f++) {
            tables[f] = factors[f].values;
            innerStride[f] = summing ? strides[f][u - 1] : 0;
        }
        for (int cell = 0; cell < outSize; cell++) {
            double sum = 0;
            for (int x = 0; x < inner; x++) {
                double p = 1;
                for (int f = 0; f < count; f++) {
                    p *= tables[f][offset[f] + x * innerStride[f]];
                }
                sum += p;
            }
            out[cell] = sum;
            // Advance the odometer over the kept digits.
            for (int k = outerDigits - 1; k >= 0; k--) {
                if (++digit[k] < walkCards[k]) {
                    for (int f = 0; f < count; f++) {
                        offset[f] += strides[f][k];
                    }
                    break;
                }
                digit[k] = 0;
                for (int f = 0; f < count; f++) {
                    offset[f] -= strides[f][k] * (walkCards[k] - 1);
                }
            }
        }
        int[] outVars = Arrays.copyOf(walk, outerDigits);
        return new Factor(outVars, Arrays.copyOf(walkCards, outerDigits), out);
    }
}
