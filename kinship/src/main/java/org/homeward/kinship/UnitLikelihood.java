package org.homeward.kinship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exact likelihood of one inheritance unit (a marker or a linked pair) on a pedigree under the
 * extended model: X-linked markers (men carry only their maternal allele), founder inbreeding,
 * observations with one unobserved allele, linked pairs, and θ (all founders' alleles drawn from one
 * Balding–Nichols urn). The likelihood is the sum over every person's paternal and maternal
 * haplotype of the product of founder, transmission and observation factors, computed by variable
 * elimination like {@link MarkerLikelihood}.
 *
 * <p>Variable 2i is person i's paternal haplotype, 2i + 1 the maternal one; a haplotype is one allele
 * code, or a pair of codes on a linked pair. Each variable ranges over the haplotypes its person's
 * observations allow (genotype elimination); factor entries are positions in those domains. Persons
 * who are neither typed nor ancestors of typed persons (through transmissions that exist: on X a son
 * has nothing from his father) sum out to 1 and are dropped; with θ that holds too, the urn being
 * exchangeable. Alleles seen in nobody are lumped into one when the mutation model allows it, which
 * is exact also for the urn (a Dirichlet aggregates) and for inbred founders.
 */
final class UnitLikelihood {

    /** No single table may exceed this many entries; beyond it the unit is refused, not approximated. */
    private static final long MAX_TABLE = 50_000_000L;

    private final Pedigree ped;
    private final InheritanceUnit unit;
    private final boolean xLinked;
    private final int n;
    private final MarkerLikelihood.AlleleSpace[] spaces;
    private final int secondSize;
    private final double[] hapFreq;
    private final Observation[][] obs;
    private final int[][] domain;

    private UnitLikelihood(Pedigree ped, InheritanceUnit unit, Observation[][] obs, boolean[] keep) {
        this.ped = ped;
        this.unit = unit;
        this.xLinked = unit.chromosome() == Chromosome.X;
        this.n = ped.size();
        this.obs = obs;
        int nm = unit.markers().size();
        spaces = new MarkerLikelihood.AlleleSpace[nm];
        for (int m = 0; m < nm; m++) {
            Marker marker = unit.markers().get(m);
            boolean[] seen = new boolean[marker.alleleCount()];
            for (int i = 0; i < n; i++) {
                Observation o = obs[i][m];
                if (keep[i] && o != null) {
                    seen[marker.alleleIndex(o.allele())] = true;
                    if (o.other() != null) {
                        seen[marker.alleleIndex(o.other())] = true;
                    }
                }
            }
            spaces[m] = MarkerLikelihood.AlleleSpace.lumpedOrFull(marker, seen);
        }
        secondSize = nm == 2 ? spaces[1].size() : 1;
        int haps = spaces[0].size() * secondSize;
        hapFreq = new double[haps];
        for (int h = 0; h < haps; h++) {
            hapFreq[h] = spaces[0].freqs[first(h)] * (nm == 2 ? spaces[1].freqs[second(h)] : 1);
        }
        domain = new int[2 * n][];
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                domain[2 * i + 1] = allowed(i, false);
                if (hasPaternal(i)) {
                    domain[2 * i] = allowed(i, true);
                }
            }
        }
    }

    /**
     * Natural log of the unit's likelihood; −∞ when the observations are impossible.
     *
     * @param typed      observations by person id, then by marker name (markers outside the unit are ignored)
     * @param inbreeding founder inbreeding by person id (founders only; absent means none)
     * @param theta      the co-ancestry coefficient θ in [0, 1); θ > 0 only on autosomal single markers without inbreeding
     */
    static double logLikelihood(Pedigree ped, InheritanceUnit unit, Map<String, Map<String, Observation>> typed,
                                Map<String, FounderInbreeding> inbreeding, double theta) {
        int n = ped.size();
        List<String> problems = new ArrayList<>();
        if (!(theta >= 0 && theta < 1)) {
            problems.add("θ " + theta + " is outside [0, 1)");
        }
        boolean anyInbreeding = inbreeding.values().stream().anyMatch(f -> f.on(unit.chromosome()) > 0);
        if (theta > 0 && (unit.isLinkedPair() || anyInbreeding)) {
            problems.add("unit " + unit.name() + ": θ is not combined with linked pairs or founder inbreeding");
        }
        inbreeding.forEach((person, f) -> {
            int i = ped.indexOf(person);
            if (i < 0 || !ped.isFounder(i)) {
                problems.add("founder inbreeding is given for '" + person + "', who is not a founder of the pedigree");
            } else if (f.x() > 0 && ped.sex(i) != Sex.FEMALE) {
                problems.add("'" + person + "' has an X inbreeding coefficient but is not a woman");
            }
        });
        Observation[][] obs = new Observation[n][unit.markers().size()];
        typed.forEach((person, byMarker) -> {
            int i = ped.indexOf(person);
            if (i < 0) {
                problems.add("typed person '" + person + "' is not in the pedigree");
                return;
            }
            for (int m = 0; m < unit.markers().size(); m++) {
                Marker marker = unit.markers().get(m);
                Observation o = byMarker.get(marker.name());
                if (o != null) {
                    check(ped, i, unit.chromosome(), marker, o, problems);
                    obs[i][m] = o;
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        boolean[] keep = relevant(ped, obs, unit.chromosome());
        return new UnitLikelihood(ped, unit, obs, keep).compute(keep, inbreeding, theta);
    }

    private static void check(Pedigree ped, int i, Chromosome chromosome, Marker marker, Observation o, List<String> problems) {
        String who = "'" + ped.id(i) + "' at " + marker.name();
        if (chromosome == Chromosome.X && ped.sex(i) == Sex.UNKNOWN) {
            problems.add(who + ": a person typed on an X marker needs a sex");
        } else if (chromosome == Chromosome.X && ped.sex(i) == Sex.MALE && o.kind() != Observation.Kind.HEMIZYGOUS) {
            problems.add(who + ": a man has one allele on an X marker, got " + o);
        } else if ((chromosome == Chromosome.AUTOSOMAL || ped.sex(i) == Sex.FEMALE) && o.kind() == Observation.Kind.HEMIZYGOUS) {
            problems.add(who + ": one allele is only for a man on an X marker, got " + o);
        }
        for (String a : o.other() == null ? new String[] {o.allele()} : new String[] {o.allele(), o.other()}) {
            if (marker.alleleIndex(a) < 0) {
                problems.add(who + ": allele '" + a + "' is not in the frequency table");
            }
        }
    }

    /** Typed persons and everyone they inherited from at this unit; the rest sums out to 1. */
    private static boolean[] relevant(Pedigree ped, Observation[][] obs, Chromosome chromosome) {
        boolean[] keep = new boolean[ped.size()];
        for (int i = ped.size() - 1; i >= 0; i--) {
            for (Observation o : obs[i]) {
                keep[i] |= o != null;
            }
            if (keep[i] && !ped.isFounder(i)) {
                keep[ped.mother(i)] = true;
                if (chromosome == Chromosome.AUTOSOMAL || ped.sex(i) != Sex.MALE) {
                    keep[ped.father(i)] = true;
                }
            }
        }
        return keep;
    }

    private boolean hasPaternal(int i) {
        return !(xLinked && ped.sex(i) == Sex.MALE);
    }

    private int first(int h) { return h / secondSize; }

    private int second(int h) { return h % secondSize; }

    private int code(int h, int m) { return m == 0 ? first(h) : second(h); }

    private int observedCode(Observation o, int m, boolean other) {
        Marker marker = unit.markers().get(m);
        return spaces[m].code(marker.alleleIndex(other ? o.other() : o.allele()));
    }

    /** The haplotypes person i's paternal or maternal variable may take given its observations. */
    private int[] allowed(int i, boolean paternal) {
        int[] out = new int[hapFreq.length];
        int count = 0;
        for (int h = 0; h < hapFreq.length; h++) {
            boolean ok = true;
            for (int m = 0; m < obs[i].length && ok; m++) {
                Observation o = obs[i][m];
                if (o == null || o.kind() == Observation.Kind.ONE_UNOBSERVED) {
                    continue;
                }
                int c = code(h, m);
                ok = c == observedCode(o, m, false) || (o.kind() == Observation.Kind.PAIR && c == observedCode(o, m, true));
            }
            if (ok) {
                out[count++] = h;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private double compute(boolean[] keep, Map<String, FounderInbreeding> inbreeding, double theta) {
        int[] card = new int[2 * n];
        boolean[] isVariable = new boolean[2 * n];
        int remaining = 0;
        for (int v = 0; v < 2 * n; v++) {
            if (domain[v] != null) {
                if (domain[v].length == 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                card[v] = domain[v].length;
                isVariable[v] = true;
                remaining++;
            }
        }
        List<Factor> factors = new ArrayList<>();
        List<Integer> founderVars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            int pat = 2 * i;
            int mat = 2 * i + 1;
            if (ped.isFounder(i)) {
                if (theta > 0) {
                    if (hasPaternal(i)) {
                        founderVars.add(pat);
                    }
                    founderVars.add(mat);
                } else {
                    FounderInbreeding fi = inbreeding.getOrDefault(ped.id(i), FounderInbreeding.NONE);
                    founder(i, fi.on(unit.chromosome()), factors);
                }
            } else {
                if (hasPaternal(i)) {
                    factors.add(transmission(ped.father(i), pat, true));
                }
                factors.add(transmission(ped.mother(i), mat, false));
            }
            observation(i, factors);
        }
        if (!founderVars.isEmpty()) {
            factors.add(urn(founderVars, theta));
        }
        double logScale = MarkerLikelihood.eliminate(factors, isVariable, card, -1, remaining);
        if (logScale == Double.NEGATIVE_INFINITY) {
            return logScale;
        }
        double v = 1;
        for (Factor f : factors) {
            v *= f.values[0];
        }
        return v == 0 ? Double.NEGATIVE_INFINITY : logScale + Math.log(v);
    }

    /** Founder factors without θ: p per haplotype, or f·[π = μ]·p_π + (1 − f)·p_π·p_μ with inbreeding. */
    private void founder(int i, double f, List<Factor> factors) {
        int pat = 2 * i;
        int mat = 2 * i + 1;
        if (!hasPaternal(i) || f == 0) {
            factors.add(single(mat));
            if (hasPaternal(i)) {
                factors.add(single(pat));
            }
            return;
        }
        int[] dp = domain[pat];
        int[] dm = domain[mat];
        double[] v = new double[dp.length * dm.length];
        for (int x = 0; x < dp.length; x++) {
            for (int y = 0; y < dm.length; y++) {
                v[x * dm.length + y] = (dp[x] == dm[y] ? f * hapFreq[dp[x]] : 0) + (1 - f) * hapFreq[dp[x]] * hapFreq[dm[y]];
            }
        }
        factors.add(new Factor(new int[] {pat, mat}, new int[] {dp.length, dm.length}, v));
    }

    private Factor single(int var) {
        double[] v = new double[domain[var].length];
        for (int x = 0; x < v.length; x++) {
            v[x] = hapFreq[domain[var][x]];
        }
        return new Factor(new int[] {var}, new int[] {v.length}, v);
    }

    /**
     * The child's haplotype variable {@code childVar} given the parent's: from a father through the
     * male matrices, from a mother through the female ones; on X a father passes his single haplotype.
     */
    private Factor transmission(int parent, int childVar, boolean fromFather) {
        int[] dc = domain[childVar];
        int mat = 2 * parent + 1;
        int[] dm = domain[mat];
        if (!hasPaternal(parent)) {
            double[] v = new double[dm.length * dc.length];
            for (int y = 0; y < dm.length; y++) {
                for (int c = 0; c < dc.length; c++) {
                    v[y * dc.length + c] = mutate(dm[y], dc[c], fromFather);
                }
            }
            return new Factor(new int[] {mat, childVar}, new int[] {dm.length, dc.length}, v);
        }
        int pat = 2 * parent;
        int[] dp = domain[pat];
        long size = (long) dp.length * dm.length * dc.length;
        guard(size);
        double rho = unit.recombinationRate();
        double[] v = new double[(int) size];
        int cell = 0;
        for (int x = 0; x < dp.length; x++) {
            for (int y = 0; y < dm.length; y++) {
                int h1 = dp[x];
                int h2 = dm[y];
                for (int c = 0; c < dc.length; c++) {
                    int hc = dc[c];
                    double p = 0.5 * (mutate(h1, hc, fromFather) + mutate(h2, hc, fromFather));
                    if (unit.isLinkedPair()) {
                        int r1 = first(h1) * secondSize + second(h2);
                        int r2 = first(h2) * secondSize + second(h1);
                        p = (1 - rho) * p + rho * 0.5 * (mutate(r1, hc, fromFather) + mutate(r2, hc, fromFather));
                    }
                    v[cell++] = p;
                }
            }
        }
        return new Factor(new int[] {pat, mat, childVar}, new int[] {dp.length, dm.length, dc.length}, v);
    }

    /** P(the child receives haplotype {@code to} | the parent passes {@code from}): each allele mutates independently. */
    private double mutate(int from, int to, boolean fromFather) {
        double p = matrix(0, fromFather)[first(from)][first(to)];
        return unit.isLinkedPair() ? p * matrix(1, fromFather)[second(from)][second(to)] : p;
    }

    private double[][] matrix(int m, boolean fromFather) {
        return fromFather ? spaces[m].male : spaces[m].female;
    }

    /** Constraints the domains cannot express: a heterozygote's two alleles differ; a partial genotype holds its allele. */
    private void observation(int i, List<Factor> factors) {
        if (!hasPaternal(i)) {
            return;
        }
        for (int m = 0; m < obs[i].length; m++) {
            Observation o = obs[i][m];
            if (o == null || o.kind() == Observation.Kind.HEMIZYGOUS) {
                continue;
            }
            int a = observedCode(o, m, false);
            boolean partial = o.kind() == Observation.Kind.ONE_UNOBSERVED;
            if (!partial && a == observedCode(o, m, true)) {
                continue;
            }
            int[] dp = domain[2 * i];
            int[] dm = domain[2 * i + 1];
            double[] v = new double[dp.length * dm.length];
            for (int x = 0; x < dp.length; x++) {
                for (int y = 0; y < dm.length; y++) {
                    int cp = code(dp[x], m);
                    int cm = code(dm[y], m);
                    v[x * dm.length + y] = (partial ? cp == a || cm == a : cp != cm) ? 1 : 0;
                }
            }
            factors.add(new Factor(new int[] {2 * i, 2 * i + 1}, new int[] {dp.length, dm.length}, v));
        }
    }

    /**
     * The joint probability of all founder alleles under θ, drawn in sequence from one urn: the k-th
     * (from 0) is a with probability (c·θ + (1 − θ)·p_a) / (1 + (k − 1)·θ), c the earlier draws of a.
     */
    private Factor urn(List<Integer> vars, double theta) {
        int count = vars.size();
        int[] v = new int[count];
        int[] cards = new int[count];
        long size = 1;
        for (int j = 0; j < count; j++) {
            v[j] = vars.get(j);
            cards[j] = domain[v[j]].length;
            size *= cards[j];
            guard(size);
        }
        double[] values = new double[(int) size];
        fill(values, 0, v, 0, new int[hapFreq.length], 1, theta);
        return new Factor(v, cards, values);
    }

    /** Depth-first over the founder variables (the last varies fastest); returns the next cell. */
    private int fill(double[] values, int cell, int[] vars, int depth, int[] counts, double p, double theta) {
        if (depth == vars.length) {
            values[cell] = p;
            return cell + 1;
        }
        double denominator = 1 + (depth - 1) * theta;
        for (int h : domain[vars[depth]]) {
            double next = p * (counts[h] * theta + (1 - theta) * hapFreq[h]) / denominator;
            counts[h]++;
            cell = fill(values, cell, vars, depth + 1, counts, next, theta);
            counts[h]--;
        }
        return cell;
    }

    private void guard(long size) {
        if (size > MAX_TABLE) {
            throw new KinshipInputException("unit " + unit.name() + ": the pedigree is too complex for exact computation"
                    + " (a table of " + size + " entries would be needed)");
        }
    }
}
