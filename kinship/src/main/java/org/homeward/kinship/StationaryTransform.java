package org.homeward.kinship;

/**
 * The "PM" transformation of Simonsson and Mostad (2016, Forensic Sci Int Genet 23:217–225), which
 * Familias applies for its stationary stepwise model: from a mutation matrix M and frequencies p it
 * makes {@code P = D(M − I) + I}, stationary for p ({@code pᵀP = pᵀ}), with the same overall rate
 * {@code R = Σ p_i(1 − M_ii)} and each row's mutations in M's proportions. These three properties
 * fix D: stationarity needs {@code D·p ∝ v}, v the stationary distribution of M, and the rate fixes
 * the scale, so {@code d_i = R·v_i / ((1 − Σ_k M_kk v_k)·p_i)}.
 */
final class StationaryTransform {

    /** A pivot this small means M has no unique stationary distribution (it is not irreducible). */
    private static final double SINGULAR = 1e-13;

    private StationaryTransform() { }

    static double[][] pm(double[][] m, double[] p, String[] alleles) {
        int n = m.length;
        double rate = 0;
        for (int i = 0; i < n; i++) {
            rate += p[i] * (1 - m[i][i]);
        }
        if (rate == 0) {
            return m;
        }
        double[] v = stationaryDistribution(m);
        double diagonalWeight = 0;
        for (int k = 0; k < n; k++) {
            diagonalWeight += m[k][k] * v[k];
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            double d = rate * v[i] / ((1 - diagonalWeight) * p[i]);
            if (d * (1 - m[i][i]) > 1 || d < 0) {
                throw new KinshipInputException("the stationary (PM) version of this mutation model does not exist: allele "
                        + alleles[i] + " would have to mutate with probability " + d * (1 - m[i][i])
                        + " (rate too high for these frequencies)");
            }
            for (int j = 0; j < n; j++) {
                s[i][j] = d * (m[i][j] - (i == j ? 1 : 0)) + (i == j ? 1 : 0);
            }
        }
        return s;
    }

    /** v with {@code vᵀM = vᵀ} and {@code Σ v = 1}: Gaussian elimination with partial pivoting. */
    private static double[] stationaryDistribution(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n - 1; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = m[j][i] - (i == j ? 1 : 0);
            }
        }
        for (int j = 0; j < n; j++) {
            a[n - 1][j] = 1;
        }
        a[n - 1][n] = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < SINGULAR) {
                throw new KinshipInputException("the stationary (PM) version of this mutation model does not exist:"
                        + " some alleles can never mutate into others (e.g. a microvariant with rate2 = 0)");
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col && a[r][col] != 0) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= n; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = a[i][n] / a[i][i];
        }
        return v;
    }
}
