package org.homeward.kinship;

import java.util.ArrayList;
import java.util.List;

/**
 * A forensic STR mutation model for one sex at one marker: what a parent's allele may become in the
 * child. The transition matrix depends on the marker's alleles and frequencies and is built by
 * {@link #matrix(String[], double[])}; rows are the parent's allele, columns the transmitted allele.
 *
 * <ul>
 *   <li>{@code NONE}: identity.
 *   <li>{@code EQUAL}: {@code M[i][i] = 1 − r}, {@code M[i][j] = r/(n − 1)}.
 *   <li>{@code PROPORTIONAL}: with {@code a = r / Σ p_k(1 − p_k)}, {@code M[i][j] = (1 − a)[i = j] + a·p_j}
 *       (stationary: it leaves the frequencies unchanged).
 *   <li>{@code ONESTEP} (integer alleles): the rate is shared equally by the alleles one repeat away;
 *       an allele with no such neighbour never mutates.
 *   <li>{@code STEPWISE} (numeric alleles): an allele's class is {@code rint(10·(a − rint(a)))}; within a
 *       class the rate {@code r} is shared in proportion to {@code range^|a_i − a_j|}; the rate {@code rate2}
 *       is shared equally by the alleles of other classes (Familias' "extended stepwise").
 *   <li>{@code STATIONARY_STEPWISE}: the {@code STEPWISE} matrix M made stationary by the "PM" transformation
 *       of Simonsson and Mostad (2016), as Familias' "stepwise (stationary)" model: {@code P = D(M − I) + I}
 *       with {@code D = diag(d)}, {@code d_i = R·v_i / ((1 − Σ_k M_kk v_k)·p_i)}, v the stationary distribution
 *       of M and {@code R = Σ_i p_i(1 − M_ii)} its mutation rate. P keeps p, keeps the overall rate R and keeps
 *       each row's mutations in M's proportions; it is refused when it does not exist (some
 *       {@code d_i(1 − M_ii) > 1}, or M not irreducible, e.g. a microvariant with {@code rate2 = 0}).
 *   <li>{@code CUSTOM}: the given {@link MutationMatrix}, its rows and columns put in the marker's allele order.
 * </ul>
 * A marker with a single allele never mutates, whatever the model.
 *
 * @param kind  the model
 * @param rate  the total mutation rate per transmission, in [0, 1]
 * @param range the stepwise range in (0, 1); ignored by other models
 * @param rate2 the stepwise rate of changes to another class (non-integer steps); ignored by other models
 * @param custom the matrix of a {@code CUSTOM} model, null for every other kind
 */
public record MutationModel(Kind kind, double rate, double range, double rate2, MutationMatrix custom) {

    public enum Kind { NONE, EQUAL, PROPORTIONAL, ONESTEP, STEPWISE, STATIONARY_STEPWISE, CUSTOM }

    public static final MutationModel NONE = new MutationModel(Kind.NONE, 0, 0, 0);

    public MutationModel(Kind kind, double rate, double range, double rate2) {
        this(kind, rate, range, rate2, null);
    }

    public MutationModel {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("mutation model kind is missing");
        }
        if (!(rate >= 0 && rate <= 1)) {
            problems.add("mutation rate " + rate + " is outside [0, 1]");
        }
        if ((kind == Kind.CUSTOM) != (custom != null)) {
            problems.add(kind == Kind.CUSTOM ? "a custom mutation model needs its matrix"
                    : "only a custom mutation model carries a matrix");
        }
        if (kind == Kind.STEPWISE || kind == Kind.STATIONARY_STEPWISE) {
            if (!(range > 0 && range < 1)) {
                problems.add("stepwise range " + range + " is outside (0, 1)");
            }
            if (!(rate2 >= 0 && rate2 <= 1 && rate + rate2 <= 1)) {
                problems.add("stepwise rate2 " + rate2 + " must be in [0, 1] with rate + rate2 ≤ 1");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
    }

    public static MutationModel equal(double rate) { return new MutationModel(Kind.EQUAL, rate, 0, 0); }

    public static MutationModel proportional(double rate) { return new MutationModel(Kind.PROPORTIONAL, rate, 0, 0); }

    public static MutationModel onestep(double rate) { return new MutationModel(Kind.ONESTEP, rate, 0, 0); }

    public static MutationModel stepwise(double rate, double range, double rate2) {
        return new MutationModel(Kind.STEPWISE, rate, range, rate2);
    }

    public static MutationModel stationaryStepwise(double rate, double range, double rate2) {
        return new MutationModel(Kind.STATIONARY_STEPWISE, rate, range, rate2);
    }

    /** A laboratory's own matrix; its rate is not a parameter (0 here), the matrix says everything. */
    public static MutationModel custom(MutationMatrix matrix) {
        return new MutationModel(Kind.CUSTOM, 0, 0, 0, matrix);
    }

    /** Parses a model name as used in case files and the CLI: none, equal, proportional, onestep, stepwise. */
    public static Kind parseKind(String name) {
        for (Kind k : List.of(Kind.NONE, Kind.EQUAL, Kind.PROPORTIONAL, Kind.ONESTEP, Kind.STEPWISE)) {
            if (k.name().equalsIgnoreCase(name.trim())) {
                return k;
            }
        }
        throw new KinshipInputException("unknown mutation model '" + name
                + "' (expected none, equal, proportional, onestep or stepwise)");
    }

    /**
     * True when the model never changes an allele: kind {@code NONE}, rate 0 with no rate2, or a custom
     * matrix with nothing off its diagonal.
     */
    public boolean isTrivial() {
        if (kind == Kind.CUSTOM) {
            for (int i = 0; i < custom.alleles().size(); i++) {
                if (custom.probability(i, i) != 1) {
                    return false;
                }
            }
            return true;
        }
        boolean stepwise = kind == Kind.STEPWISE || kind == Kind.STATIONARY_STEPWISE;
        return kind == Kind.NONE || (rate == 0 && (!stepwise || rate2 == 0));
    }

    /**
     * The transition matrix for these alleles and frequencies, row-stochastic and non-negative
     * (checked: a proportional rate too high for the frequencies is refused).
     */
    public double[][] matrix(String[] alleles, double[] freqs) {
        if (kind == Kind.CUSTOM) {
            return custom.over(alleles);
        }
        int n = alleles.length;
        double[][] m = new double[n][n];
        if (n == 1 || isTrivial()) {
            for (int i = 0; i < n; i++) {
                m[i][i] = 1;
            }
            return m;
        }
        switch (kind) {
            case EQUAL -> {
                double off = rate / (n - 1);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        m[i][j] = i == j ? 1 - rate : off;
                    }
                }
            }
            case PROPORTIONAL -> {
                double h = 0;
                for (double p : freqs) {
                    h += p * (1 - p);
                }
                double a = rate / h;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        m[i][j] = a * freqs[j] + (i == j ? 1 - a : 0);
                    }
                }
            }
            case ONESTEP -> {
                double[] v = numericValues(alleles, true);
                for (int i = 0; i < n; i++) {
                    int neighbours = 0;
                    for (int j = 0; j < n; j++) {
                        if (Math.abs(Math.abs(v[i] - v[j]) - 1) < 1e-9) {
                            neighbours++;
                        }
                    }
                    if (neighbours == 0) {
                        m[i][i] = 1;
                        continue;
                    }
                    m[i][i] = 1 - rate;
                    for (int j = 0; j < n; j++) {
                        if (Math.abs(Math.abs(v[i] - v[j]) - 1) < 1e-9) {
                            m[i][j] = rate / neighbours;
                        }
                    }
                }
            }
            case STEPWISE -> stepwise(numericValues(alleles, false), m);
            case STATIONARY_STEPWISE -> {
                stepwise(numericValues(alleles, false), m);
                m = StationaryTransform.pm(m, freqs, alleles);
            }
            default -> throw new IllegalStateException("unhandled model " + kind);
        }
        checkStochastic(m, alleles);
        return m;
    }

    private void stepwise(double[] v, double[][] m) {
        int n = v.length;
        long[] cls = new long[n];
        for (int i = 0; i < n; i++) {
            // Math.rint rounds half to even, as R's round() does, so classes agree with the reference tools.
            cls[i] = (long) Math.rint(10 * (v[i] - Math.rint(v[i])));
        }
        for (int i = 0; i < n; i++) {
            int sameClass = 0;
            int otherClass = 0;
            double weightSum = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                if (cls[j] == cls[i]) {
                    sameClass++;
                    weightSum += Math.pow(range, Math.abs(v[i] - v[j]));
                } else {
                    otherClass++;
                }
            }
            double stay = 1;
            if (sameClass > 0) {
                stay -= rate;
            }
            if (otherClass > 0) {
                stay -= rate2;
            }
            m[i][i] = stay;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                m[i][j] = cls[j] == cls[i]
                        ? rate * Math.pow(range, Math.abs(v[i] - v[j])) / weightSum
                        : rate2 / otherClass;
            }
        }
    }

    private double[] numericValues(String[] alleles, boolean integersOnly) {
        double[] v = new double[alleles.length];
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < alleles.length; i++) {
            try {
                v[i] = Double.parseDouble(alleles[i]);
                if (integersOnly && v[i] != Math.rint(v[i])) {
                    bad.add(alleles[i]);
                }
            } catch (NumberFormatException e) {
                bad.add(alleles[i]);
            }
        }
        if (!bad.isEmpty()) {
            throw new KinshipInputException("the " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " mutation model needs " + (integersOnly ? "integer" : "numeric")
                    + " allele names, not " + String.join(", ", bad));
        }
        return v;
    }

    private void checkStochastic(double[][] m, String[] alleles) {
        for (int i = 0; i < m.length; i++) {
            double sum = 0;
            for (int j = 0; j < m.length; j++) {
                if (m[i][j] < 0) {
                    throw new KinshipInputException("the " + kind.name().toLowerCase(java.util.Locale.ROOT)
                            + " mutation model with rate " + rate + " gives a negative transition probability from allele "
                            + alleles[i] + " to " + alleles[j] + " (rate too high for these frequencies)");
                }
                sum += m[i][j];
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalStateException("mutation matrix row for allele " + alleles[i] + " sums to " + sum);
            }
        }
    }

    /**
     * The largest deviation {@code max_j |Σ_i p_i M[i][j] − p_j|}: 0 for a stationary model, which keeps
     * the frequencies of untyped founders' descendants equal to the population frequencies.
     */
    public static double stationarityDeviation(double[][] m, double[] freqs) {
        double worst = 0;
        for (int j = 0; j < freqs.length; j++) {
            double s = 0;
            for (int i = 0; i < freqs.length; i++) {
                s += freqs[i] * m[i][j];
            }
            worst = Math.max(worst, Math.abs(s - freqs[j]));
        }
        return worst;
    }
}
