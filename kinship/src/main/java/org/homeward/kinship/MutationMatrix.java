package org.homeward.kinship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mutation matrix given as it is (a laboratory's own estimates), over named alleles: row = the
 * parent's allele, column = the transmitted allele. Checked at construction: square, one row per
 * allele, no allele twice, every entry in [0, 1] and every row summing to 1 within {@link #ROW_SUM_TOLERANCE}.
 * Immutable (the rows are copied in and out).
 */
public final class MutationMatrix {

    /** How far a row sum may stray from 1: a matrix typed with 6 decimals still passes. */
    public static final double ROW_SUM_TOLERANCE = 1e-6;

    private final List<String> alleles;
    private final double[][] rows;

    public MutationMatrix(List<String> alleles, double[][] rows) {
        this.alleles = List.copyOf(alleles);
        this.rows = copy(rows);
        List<String> problems = problems(this.alleles, this.rows);
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
    }

    /** What is wrong with such a matrix (empty when it is sound): for readers that name their own line. */
    public static List<String> problems(List<String> alleles, double[][] rows) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        alleles.stream().filter(a -> !seen.add(a)).forEach(a -> problems.add("allele '" + a + "' is listed twice"));
        if (rows.length != alleles.size()) {
            problems.add("the matrix has " + rows.length + " rows for " + alleles.size() + " alleles");
            return problems;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != alleles.size()) {
                problems.add("the row of allele " + alleles.get(i) + " has " + rows[i].length + " entries for "
                        + alleles.size() + " alleles");
                continue;
            }
            double sum = 0;
            for (int j = 0; j < rows[i].length; j++) {
                double v = rows[i][j];
                if (!(v >= 0 && v <= 1)) {
                    problems.add("the probability from allele " + alleles.get(i) + " to " + alleles.get(j) + " is " + v
                            + ", outside [0, 1]");
                }
                sum += v;
            }
            if (!(Math.abs(sum - 1) <= ROW_SUM_TOLERANCE)) {
                problems.add("the row of allele " + alleles.get(i) + " sums to " + sum + ", not 1");
            }
        }
        return problems;
    }

    public List<String> alleles() { return alleles; }

    public double probability(int from, int to) { return rows[from][to]; }

    /**
     * The matrix over the marker's alleles in the marker's order; refused when the two allele sets differ
     * (a matrix must say what every allele of the marker may become, and nothing else).
     */
    double[][] over(String[] markerAlleles) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < alleles.size(); i++) {
            index.put(alleles.get(i), i);
        }
        List<String> problems = new ArrayList<>();
        Set<String> marker = new LinkedHashSet<>(Arrays.asList(markerAlleles));
        marker.stream().filter(a -> !index.containsKey(a))
                .forEach(a -> problems.add("the custom mutation matrix has no row for allele " + a));
        alleles.stream().filter(a -> !marker.contains(a))
                .forEach(a -> problems.add("the custom mutation matrix lists allele " + a + ", which the marker does not have"));
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        int n = markerAlleles.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            int from = index.get(markerAlleles[i]);
            for (int j = 0; j < n; j++) {
                m[i][j] = rows[from][index.get(markerAlleles[j])];
            }
        }
        return m;
    }

    private static double[][] copy(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MutationMatrix m && alleles.equals(m.alleles) && Arrays.deepEquals(rows, m.rows);
    }

    @Override
    public int hashCode() {
        return alleles.hashCode() * 31 + Arrays.deepHashCode(rows);
    }

    @Override
    public String toString() {
        return "MutationMatrix" + alleles;
    }
}
