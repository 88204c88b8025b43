package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.homeward.kinship.KinshipInputException;

/**
 * Y-STR haplotype frequencies by the discrete Laplace method (Andersen, Eriksen and Morling 2013):
 * the population is a mixture of k clusters, each with a central haplotype y_j and a dispersion
 * p_jl per locus copy, and
 * <pre>
 *   P(h) = Σ_j τ_j Π_l DL(h_l − y_jl; p_jl),   DL(d; p) = (1 − p)/(1 + p) · p^|d|
 * </pre>
 * Variant implemented: dispersions free per cluster and locus copy (not disclapmix's log-linear
 * ω_j + λ_l parametrisation); fitted by EM from k centres chosen farthest-first from the commonest
 * haplotype; the M-step takes weighted medians as centres and the closed-form maximum likelihood
 * p = (√(1 + D²) − 1)/D from the weighted mean absolute deviation D (floored at 1e-6). A multi-copy
 * locus contributes its sorted copies as separate coordinates; a partial repeat is ignored (only
 * whole repeats enter). Every haplotype of the database must be typed at the same loci.
 */
public final class DiscreteLaplace {

    private static final double MIN_DISPERSION = 1e-6;

    private final List<String> loci;
    private final double[] weights;
    private final int[][] centres;
    private final double[][] dispersions;

    private DiscreteLaplace(List<String> loci, double[] weights, int[][] centres, double[][] dispersions) {
        this.loci = loci;
        this.weights = weights;
        this.centres = centres;
        this.dispersions = dispersions;
    }

    /** Fits k clusters to the database by EM until the log-likelihood gains less than 1e-9 (at most 1000 rounds). */
    public static DiscreteLaplace fit(YHaplotypeDatabase database, int clusters) {
        List<String> loci = database.loci();
        int n = database.entries().size();
        if (clusters < 1 || clusters > n) {
            throw new KinshipInputException("the discrete Laplace method needs 1 to " + n + " clusters, not " + clusters);
        }
        int[][] x = new int[n][];
        double[] count = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = coordinates(database.entries().get(i).haplotype(), loci);
            count[i] = database.entries().get(i).count();
        }
        int dims = x[0].length;
        int[][] centres = initialCentres(x, count, clusters);
        double[][] p = new double[clusters][dims];
        for (double[] row : p) {
            Arrays.fill(row, 0.1);
        }
        double[] tau = new double[clusters];
        Arrays.fill(tau, 1.0 / clusters);
        double[][] r = new double[n][clusters];
        double previous = Double.NEGATIVE_INFINITY;
        for (int round = 0; round < 1000; round++) {
            double logLikelihood = 0;
            for (int i = 0; i < n; i++) {
                double total = 0;
                for (int j = 0; j < clusters; j++) {
                    r[i][j] = tau[j] * density(x[i], centres[j], p[j]);
                    total += r[i][j];
                }
                for (int j = 0; j < clusters; j++) {
                    r[i][j] = total > 0 ? r[i][j] / total : 1.0 / clusters;
                }
                logLikelihood += count[i] * Math.log(total);
            }
            if (logLikelihood - previous < 1e-9) {
                break;
            }
            previous = logLikelihood;
            double size = Arrays.stream(count).sum();
            for (int j = 0; j < clusters; j++) {
                double[] w = new double[n];
                double mass = 0;
                for (int i = 0; i < n; i++) {
                    w[i] = count[i] * r[i][j];
                    mass += w[i];
                }
                tau[j] = mass / size;
                for (int d = 0; d < dims; d++) {
                    centres[j][d] = weightedMedian(x, d, w);
                    double deviation = 0;
                    for (int i = 0; i < n; i++) {
                        deviation += w[i] * Math.abs(x[i][d] - centres[j][d]);
                    }
                    double meanDeviation = mass > 0 ? deviation / mass : 0;
                    p[j][d] = meanDeviation > 0 ? Math.max(MIN_DISPERSION, (Math.sqrt(1 + meanDeviation * meanDeviation) - 1) / meanDeviation)
                            : MIN_DISPERSION;
                }
            }
        }
        return new DiscreteLaplace(List.copyOf(loci), tau, centres, p);
    }

    /** The fitted frequency of a haplotype typed at the fitted loci. */
    public double frequency(YHaplotype haplotype) {
        int[] h = coordinates(haplotype, loci);
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            sum += weights[j] * density(h, centres[j], dispersions[j]);
        }
        return sum;
    }

    private static double density(int[] h, int[] centre, double[] p) {
        double product = 1;
        for (int d = 0; d < h.length; d++) {
            product *= (1 - p[d]) / (1 + p[d]) * Math.pow(p[d], Math.abs(h[d] - centre[d]));
        }
        return product;
    }

    private static int[] coordinates(YHaplotype haplotype, List<String> loci) {
        List<Integer> out = new ArrayList<>();
        for (String locus : loci) {
            List<YAllele> alleles = haplotype.alleles().get(locus);
            if (alleles == null) {
                throw new KinshipInputException("the discrete Laplace fit needs locus " + locus + " typed in " + haplotype);
            }
            alleles.forEach(a -> out.add(a.repeats()));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[][] initialCentres(int[][] x, double[] count, int k) {
        int first = 0;
        for (int i = 1; i < x.length; i++) {
            if (count[i] > count[first]) {
                first = i;
            }
        }
        List<Integer> chosen = new ArrayList<>(List.of(first));
        while (chosen.size() < k) {
            int best = -1;
            int bestDistance = -1;
            for (int i = 0; i < x.length; i++) {
                int nearest = Integer.MAX_VALUE;
                for (int c : chosen) {
                    nearest = Math.min(nearest, distance(x[i], x[c]));
                }
                if (nearest > bestDistance) {
                    bestDistance = nearest;
                    best = i;
                }
            }
            chosen.add(best);
        }
        return chosen.stream().map(i -> x[i].clone()).toArray(int[][]::new);
    }

    private static int distance(int[] a, int[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] - b[i]);
        }
        return d;
    }

    private static int weightedMedian(int[][] x, int dim, double[] w) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(x[a][dim], x[b][dim]));
        double half = Arrays.stream(w).sum() / 2;
        double running = 0;
        for (int i : order) {
            running += w[i];
            if (running >= half) {
                return x[i][dim];
            }
        }
        return x[order[order.length - 1]][dim];
    }
}
