package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The likelihood of every assignment of a set of victims to a set of missing persons (each victim
 * to at most one missing person and vice versa, only along allowed pairings), best first. The
 * likelihood of an assignment is that of the families' pedigrees with each assigned victim's
 * profile placed on its missing person, times the Hardy–Weinberg probability of every unassigned
 * victim, times the non-DNA LRs of its pairings. Posteriors use a flat prior over assignments.
 * Immutable.
 */
public final class JointTable {

    /** Marks a victim assigned to nobody in this table. */
    public static final String NOT_ASSIGNED = "*";

    /**
     * One assignment.
     *
     * @param assignment    for each victim of the table, in order, its missing person or {@link #NOT_ASSIGNED}
     * @param logLikelihood natural log of the assignment's likelihood (−∞ when impossible)
     */
    public record Row(List<String> assignment, double logLikelihood) {
        public Row {
            assignment = List.copyOf(assignment);
        }
    }

    private final List<String> families;
    private final List<String> victims;
    private final List<String> missingPersons;
    /** [row][victim] = missing-person index or −1; rows best first. */
    private final int[][] assignments;
    private final double[] logLikelihoods;
    private final double nullLogLikelihood;
    private final double logTotal;

    /** Trusting: rows already sorted best first; arrays not copied. */
    JointTable(List<String> families, List<String> victims, List<String> missingPersons, int[][] assignments,
               double[] logLikelihoods, double nullLogLikelihood) {
        this.families = List.copyOf(families);
        this.victims = List.copyOf(victims);
        this.missingPersons = List.copyOf(missingPersons);
        this.assignments = assignments;
        this.logLikelihoods = logLikelihoods;
        this.nullLogLikelihood = nullLogLikelihood;
        this.logTotal = logSumExp(logLikelihoods);
    }

    public List<String> families() { return families; }

    public List<String> victims() { return victims; }

    public List<String> missingPersons() { return missingPersons; }

    public int size() { return assignments.length; }

    public Row row(int r) {
        List<String> a = new ArrayList<>(victims.size());
        for (int m : assignments[r]) {
            a.add(m < 0 ? NOT_ASSIGNED : missingPersons.get(m));
        }
        return new Row(a, logLikelihoods[r]);
    }

    /** The first {@code n} rows (fewer if the table is smaller). */
    public List<Row> top(int n) {
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < Math.min(n, size()); r++) {
            out.add(row(r));
        }
        return out;
    }

    /** Natural log of the likelihood of the assignment in which no victim is identified. */
    public double nullLogLikelihood() { return nullLogLikelihood; }

    /** log10 of row r's LR against the assignment in which no victim is identified. */
    public double log10LrVersusNull(int r) {
        return (logLikelihoods[r] - nullLogLikelihood) / Math.log(10);
    }

    /** Posterior probability of row r with a flat prior over the table's assignments. */
    public double posterior(int r) {
        return Math.exp(logLikelihoods[r] - logTotal);
    }

    /** Posterior probability that the victim is the missing person (flat prior over assignments). */
    public double pairingPosterior(String victim, String missing) {
        int v = victimIndex(victim);
        int m = missingIndex(missing);
        double sum = 0;
        for (int r = 0; r < assignments.length; r++) {
            if (assignments[r][v] == m) {
                sum += posterior(r);
            }
        }
        return sum;
    }

    /**
     * log10 of the generalised LR of victim = missing person: the best likelihood of an assignment
     * making this pairing over the best likelihood of one that does not. Empty when no assignment
     * makes the pairing, or when both best likelihoods are 0.
     */
    public OptionalDouble log10Glr(String victim, String missing) {
        return log10Glr(victimIndex(victim), missingIndex(missing));
    }

    OptionalDouble log10Glr(int v, int m) {
        double with = Double.NaN;
        double without = Double.NaN;
        for (int r = 0; r < assignments.length && (Double.isNaN(with) || Double.isNaN(without)); r++) {
            if (assignments[r][v] == m) {
                if (Double.isNaN(with)) {
                    with = logLikelihoods[r];
                }
            } else if (Double.isNaN(without)) {
                without = logLikelihoods[r];
            }
        }
        if (Double.isNaN(with) || with == Double.NEGATIVE_INFINITY && without == Double.NEGATIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.isNaN(without) ? Double.POSITIVE_INFINITY : (with - without) / Math.log(10));
    }

    /**
     * log10 of the GLR of a symmetric match: victims v1 and v2 are missing persons m1 and m2, either
     * way round. The best likelihood of an assignment pairing {v1, v2} with {m1, m2} over the best
     * likelihood of any assignment in the table that does not, whatever else it pairs (the
     * reference implementation's denominator). Empty when no assignment pairs them.
     */
    OptionalDouble log10SymmetricGlr(int v1, int v2, int m1, int m2) {
        double with = Double.NaN;
        double without = Double.NaN;
        for (int r = 0; r < assignments.length && (Double.isNaN(with) || Double.isNaN(without)); r++) {
            int a1 = assignments[r][v1];
            int a2 = assignments[r][v2];
            boolean swapPair = (a1 == m1 && a2 == m2) || (a1 == m2 && a2 == m1);
            if (swapPair && Double.isNaN(with)) {
                with = logLikelihoods[r];
            } else if (!swapPair && Double.isNaN(without)) {
                without = logLikelihoods[r];
            }
        }
        if (Double.isNaN(with)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.isNaN(without) ? Double.POSITIVE_INFINITY : (with - without) / Math.log(10));
    }

    int victimIndex(String victim) {
        int v = victims.indexOf(victim);
        if (v < 0) {
            throw new IllegalArgumentException("no victim '" + victim + "' in the joint table");
        }
        return v;
    }

    int missingIndex(String missing) {
        int m = missingPersons.indexOf(missing);
        if (m < 0) {
            throw new IllegalArgumentException("no missing person '" + missing + "' in the joint table");
        }
        return m;
    }

    /** Row r's missing-person index for victim v, −1 when unassigned. */
    int assigned(int r, int v) {
        return assignments[r][v];
    }

    double logLikelihood(int r) {
        return logLikelihoods[r];
    }

    private static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double d : x) {
            max = Math.max(max, d);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double d : x) {
            sum += Math.exp(d - max);
        }
        return max + Math.log(sum);
    }
}
