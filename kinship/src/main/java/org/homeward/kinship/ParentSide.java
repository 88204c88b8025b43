package org.homeward.kinship;

/** One parent's side of {@link NuclearPosterior}'s closed form: what the parent passes to the queried person. */
final class ParentSide {

    private ParentSide() { }

    /**
     * V(x) = Σ_{f1,f2} u(f1) v(f2) Π_i t(passed[i]) · t(x), t(z) = ½ M[f1][z] + ½ M[f2][z]: one parent's
     * side, given the alleles it passed on to the typed siblings. With g1(f1) = Σ v(f2) c(f1, f2) and
     * g2(f2) = Σ u(f1) c(f1, f2), c the product, V(x) = ½ Σ u(f1) g1(f1) M[f1][x] + ½ Σ v(f2) g2(f2) M[f2][x].
     * Expanding the product over the subsets S of the passed alleles, c = 2⁻ⁿ Σ_S P_f1(S) P_f2(S̄) with
     * P_f(S) = Π_{i∈S} M[f][passed[i]], so g1 and g2 cost k·2ⁿ (sums of non-negative terms: the same
     * values to rounding, the same zeros) instead of the k² double loop, which stays for many passed alleles.
     * With {@code identity} (m is the identity matrix: no mutation) V(x) is read off without the product by m.
     */
    static double[] side(double[] u, double[] v, double[][] m, boolean identity, int[] passed, int count) {
        int k = u.length;
        double[] g1 = new double[k];
        double[] g2 = new double[k];
        if (1 << count <= k) {
            expanded(u, v, m, passed, count, g1, g2);
        } else {
            pairwise(u, v, m, passed, count, g1, g2);
        }
        double[] out = new double[k];
        for (int f = 0; f < k; f++) {
            double a = 0.5 * u[f] * g1[f] + 0.5 * v[f] * g2[f];
            if (a == 0) {
                continue;
            }
            if (identity) {
                out[f] += a;
                continue;
            }
            double[] row = m[f];
            for (int x = 0; x < k; x++) {
                out[x] += a * row[x];
            }
        }
        return out;
    }

    /** g1 and g2 through the subsets of the passed alleles: P_f(S) per allele f, then two k·2ⁿ passes. */
    private static void expanded(double[] u, double[] v, double[][] m, int[] passed, int count, double[] g1, double[] g2) {
        int k = u.length;
        int subsets = 1 << count;
        int all = subsets - 1;
        double[] products = new double[k * subsets];
        double[] wu = new double[subsets];
        double[] wv = new double[subsets];
        for (int f = 0; f < k; f++) {
            if (u[f] == 0 && v[f] == 0) {
                continue;
            }
            double[] row = m[f];
            int at = f * subsets;
            products[at] = 1;
            for (int s = 1; s < subsets; s++) {
                products[at + s] = products[at + (s & (s - 1))] * row[passed[Integer.numberOfTrailingZeros(s)]];
            }
            for (int s = 0; s < subsets; s++) {
                wu[s] += u[f] * products[at + s];
                wv[s] += v[f] * products[at + s];
            }
        }
        double scale = 1.0 / subsets; // 2⁻ⁿ, exact
        for (int f = 0; f < k; f++) {
            if (u[f] == 0 && v[f] == 0) {
                continue;
            }
            int at = f * subsets;
            double a = 0;
            double b = 0;
            for (int s = 0; s < subsets; s++) {
                a += products[at + s] * wv[all ^ s];
                b += wu[s] * products[at + (all ^ s)];
            }
            g1[f] = u[f] == 0 ? 0 : a * scale;
            g2[f] = v[f] == 0 ? 0 : b * scale;
        }
    }

    /** g1 and g2 by the k² double loop over both of the parent's alleles. */
    private static void pairwise(double[] u, double[] v, double[][] m, int[] passed, int count, double[] g1, double[] g2) {
        int k = u.length;
        for (int f1 = 0; f1 < k; f1++) {
            if (u[f1] == 0) {
                continue;
            }
            double[] r1 = m[f1];
            for (int f2 = 0; f2 < k; f2++) {
                if (v[f2] == 0) {
                    continue;
                }
                double[] r2 = m[f2];
                double c = 1;
                for (int i = 0; i < count; i++) {
                    c *= 0.5 * r1[passed[i]] + 0.5 * r2[passed[i]];
                }
                g1[f1] += v[f2] * c;
                g2[f2] += u[f1] * c;
            }
        }
    }
}
