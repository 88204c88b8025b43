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
 * <p>Each person has a paternal and a maternal allele variable per marker of the unit (a man on X
 * only the maternal one); on a linked pair each transmission has a selector per marker saying which
 * parental haplotype the allele came from, the two selectors differing with probability ρ. Each
 * allele variable ranges over the alleles its person's observation allows (genotype elimination);
 * factor entries are positions in those domains. Persons
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
    private final int markers;
    private final MarkerLikelihood.AlleleSpace[] spaces;
    private final Observation[][] obs;
    /** Per marker, the code of its silent allele, or −1. */
    private final int[] silent;
    /** Per person, the co-twin whose genotype it carries, or −1. */
    private final int[] coTwin;
    /** Per person, the dropout model of its sample, or null for a clean typing. */
    private final DropoutModel[] dropout;
    /** Allowed allele codes per variable; null for variables that do not exist or were pruned. */
    private final int[][] domain;
    /** Selector variables (which parental haplotype a marker's allele came from) are numbered from here. */
    private final int firstSelector;
    private int selectors;

    private UnitLikelihood(Pedigree ped, InheritanceUnit unit, Observation[][] obs, int[] coTwin, DropoutModel[] dropout,
                           boolean[] keep) {
        this.ped = ped;
        this.coTwin = coTwin;
        this.dropout = dropout;
        this.unit = unit;
        this.xLinked = unit.chromosome() == Chromosome.X;
        this.n = ped.size();
        this.obs = obs;
        this.markers = unit.markers().size();
        spaces = new MarkerLikelihood.AlleleSpace[markers];
        silent = new int[markers];
        for (int m = 0; m < markers; m++) {
            Marker marker = unit.markers().get(m);
            boolean[] seen = new boolean[marker.alleleCount()];
            String silentAllele = unit.silentAlleles().get(marker.name());
            if (silentAllele != null) {
                seen[marker.alleleIndex(silentAllele)] = true;
            }
            for (int i = 0; i < n; i++) {
                Observation o = obs[i][m];
                if (keep[i] && o != null && dropout[i] != null) {
                    // Dropout tells an unseen homozygote (d₂) from an unseen heterozygote (d²): no lumping.
                    java.util.Arrays.fill(seen, true);
                }
                if (keep[i] && o != null) {
                    seen[marker.alleleIndex(o.allele())] = true;
                    if (o.other() != null) {
                        seen[marker.alleleIndex(o.other())] = true;
                    }
                }
            }
            spaces[m] = MarkerLikelihood.AlleleSpace.lumpedOrFull(marker, seen);
            silent[m] = silentAllele == null ? -1 : spaces[m].code(marker.alleleIndex(silentAllele));
        }
        firstSelector = 2 * n * markers;
        domain = new int[firstSelector + (unit.isLinkedPair() ? 4 * n : 0)][];
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                for (int m = 0; m < markers; m++) {
                    domain[var(i, false, m)] = allowed(i, false, m);
                    if (hasPaternal(i)) {
                        domain[var(i, true, m)] = allowed(i, true, m);
                    }
                }
            }
        }
    }

    /** Person i's paternal or maternal allele at the unit's marker m. */
    private int var(int i, boolean paternal, int m) {
        return (2 * i + (paternal ? 0 : 1)) * markers + m;
    }

    /**
     * Natural log of the unit's likelihood; −∞ when the observations are impossible.
     *
     * @param typed      observations by person id, then by marker name (markers outside the unit are ignored)
     * @param inbreeding founder inbreeding by person id (founders only; absent means none)
     * @param theta      the co-ancestry coefficient θ in [0, 1); θ > 0 only on autosomal single markers without inbreeding
     */
    static double logLikelihood(Pedigree ped, InheritanceUnit unit, Map<String, Map<String, Observation>> typed,
                                Map<String, FounderInbreeding> inbreeding, Map<String, String> twins,
                                Map<String, DropoutModel> dropouts, double theta) {
        int n = ped.size();
        DropoutModel[] dropout = new DropoutModel[n];
        dropouts.forEach((person, model) -> dropout[ped.require(person)] = model);
        int[] coTwin = new int[n];
        java.util.Arrays.fill(coTwin, -1);
        twins.forEach((twin, co) -> coTwin[ped.require(twin)] = ped.require(co));
        List<String> problems = new ArrayList<>();
        if (!(theta >= 0 && theta < 1)) {
            problems.add("θ " + theta + " is outside [0, 1)");
        }
        boolean anyInbreeding = inbreeding.values().stream().anyMatch(f -> f.on(unit.chromosome()) > 0);
        if (theta > 0 && (unit.isLinkedPair() || anyInbreeding)) {
            problems.add("unit " + unit.name() + ": θ is not combined with linked pairs or founder inbreeding");
        }
        if (unit.isLinkedPair() && anyInbreeding) {
            problems.add("unit " + unit.name() + ": founder inbreeding is not combined with linked pairs");
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
                    if (dropout[i] != null && o.kind() == Observation.Kind.ONE_UNOBSERVED) {
                        problems.add("'" + person + "' at " + marker.name() + ": a sample with a dropout model shows its alleles,"
                                + " not one allele and an unobserved one");
                    }
                    String silentAllele = unit.silentAlleles().get(marker.name());
                    if (o.allele().equals(silentAllele) || silentAllele != null && silentAllele.equals(o.other())) {
                        problems.add("'" + person + "' at " + marker.name() + ": the silent allele '" + silentAllele
                                + "' is never observed");
                    }
                    obs[i][m] = o;
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        boolean[] keep = relevant(ped, obs, coTwin, unit.chromosome());
        return new UnitLikelihood(ped, unit, obs, coTwin, dropout, keep).compute(keep, inbreeding, theta);
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

    /** Typed persons, the co-twins of typed twins, and everyone they inherited from at this unit; the rest sums out to 1. */
    private static boolean[] relevant(Pedigree ped, Observation[][] obs, int[] coTwin, Chromosome chromosome) {
        boolean[] keep = new boolean[ped.size()];
        for (int i = 0; i < ped.size(); i++) {
            for (Observation o : obs[i]) {
                keep[i] |= o != null;
            }
        }
        for (int i = 0; i < ped.size(); i++) {
            if (keep[i] && coTwin[i] >= 0) {
                keep[coTwin[i]] = true;
            }
        }
        for (int i = ped.size() - 1; i >= 0; i--) {
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

    private int observedCode(Observation o, int m, boolean other) {
        Marker marker = unit.markers().get(m);
        return spaces[m].code(marker.alleleIndex(other ? o.other() : o.allele()));
    }

    /** The allele codes person i's paternal or maternal allele at marker m may take given its observation. */
    private int[] allowed(int i, boolean paternal, int m) {
        Observation o = obs[i][m];
        if (o == null || o.kind() == Observation.Kind.ONE_UNOBSERVED || dropout[i] != null) {
            int[] all = new int[spaces[m].size()];
            for (int c = 0; c < all.length; c++) {
                all[c] = c;
            }
            return all;
        }
        int a = observedCode(o, m, false);
        if (o.kind() == Observation.Kind.HEMIZYGOUS) {
            return new int[] {a};
        }
        int b = observedCode(o, m, true);
        if (a == b && silent[m] >= 0) {
            b = silent[m];
        }
        return a == b ? new int[] {a} : new int[] {Math.min(a, b), Math.max(a, b)};
    }

    private double compute(boolean[] keep, Map<String, FounderInbreeding> inbreeding, double theta) {
        List<Factor> factors = new ArrayList<>();
        List<Integer> founderVars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            if (ped.isFounder(i)) {
                if (theta > 0) {
                    if (hasPaternal(i)) {
                        founderVars.add(var(i, true, 0));
                    }
                    founderVars.add(var(i, false, 0));
                } else {
                    FounderInbreeding fi = inbreeding.getOrDefault(ped.id(i), FounderInbreeding.NONE);
                    founder(i, fi.on(unit.chromosome()), factors);
                }
            } else if (coTwin[i] >= 0) {
                for (int m = 0; m < markers; m++) {
                    factors.add(same(var(i, false, m), var(coTwin[i], false, m)));
                    if (hasPaternal(i)) {
                        factors.add(same(var(i, true, m), var(coTwin[i], true, m)));
                    }
                }
            } else {
                if (hasPaternal(i)) {
                    transmission(ped.father(i), i, true, factors);
                }
                transmission(ped.mother(i), i, false, factors);
            }
            observation(i, factors);
        }
        if (!founderVars.isEmpty()) {
            factors.add(urn(founderVars, theta));
        }
        int total = firstSelector + selectors;
        int[] card = new int[total];
        boolean[] isVariable = new boolean[total];
        int remaining = 0;
        for (int v = 0; v < total; v++) {
            if (domain[v] != null) {
                if (domain[v].length == 0) {
                    return Double.NEGATIVE_INFINITY;
                }
                card[v] = domain[v].length;
                isVariable[v] = true;
                remaining++;
            }
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

    /** Founder factors without θ: p per allele, or f·[π = μ]·p_π + (1 − f)·p_π·p_μ with inbreeding (single markers). */
    private void founder(int i, double f, List<Factor> factors) {
        for (int m = 0; m < markers; m++) {
            int mat = var(i, false, m);
            if (!hasPaternal(i) || f == 0) {
                factors.add(single(mat, m));
                if (hasPaternal(i)) {
                    factors.add(single(var(i, true, m), m));
                }
                continue;
            }
            int pat = var(i, true, m);
            double[] p = spaces[m].freqs;
            int[] dp = domain[pat];
            int[] dm = domain[mat];
            double[] v = new double[dp.length * dm.length];
            for (int x = 0; x < dp.length; x++) {
                for (int y = 0; y < dm.length; y++) {
                    v[x * dm.length + y] = (dp[x] == dm[y] ? f * p[dp[x]] : 0) + (1 - f) * p[dp[x]] * p[dm[y]];
                }
            }
            factors.add(new Factor(new int[] {pat, mat}, new int[] {dp.length, dm.length}, v));
        }
    }

    /** A monozygotic twin's allele is its co-twin's. */
    private Factor same(int twinVar, int coTwinVar) {
        int[] dt = domain[twinVar];
        int[] dc = domain[coTwinVar];
        double[] v = new double[dt.length * dc.length];
        for (int x = 0; x < dt.length; x++) {
            for (int y = 0; y < dc.length; y++) {
                v[x * dc.length + y] = dt[x] == dc[y] ? 1 : 0;
            }
        }
        return new Factor(new int[] {twinVar, coTwinVar}, new int[] {dt.length, dc.length}, v);
    }

    private Factor single(int var, int m) {
        double[] v = new double[domain[var].length];
        for (int x = 0; x < v.length; x++) {
            v[x] = spaces[m].freqs[domain[var][x]];
        }
        return new Factor(new int[] {var}, new int[] {v.length}, v);
    }

    /**
     * The child's paternal or maternal alleles given the parent's: from a father through the male
     * matrices, from a mother through the female ones; on X a father passes his single haplotype
     * whole. On a linked pair each marker's allele comes from the parental haplotype its selector
     * names, the two selectors agreeing with probability 1 − ρ.
     */
    private void transmission(int parent, int child, boolean fromFather, List<Factor> factors) {
        int[] selector = new int[markers];
        boolean select = unit.isLinkedPair() && hasPaternal(parent);
        if (select) {
            for (int m = 0; m < markers; m++) {
                selector[m] = firstSelector + selectors++;
                domain[selector[m]] = new int[] {0, 1};
            }
            double rho = unit.recombinationRate();
            factors.add(new Factor(selector.clone(), new int[] {2, 2},
                    new double[] {(1 - rho) / 2, rho / 2, rho / 2, (1 - rho) / 2}));
        }
        for (int m = 0; m < markers; m++) {
            double[][] matrix = fromFather ? spaces[m].male : spaces[m].female;
            int childVar = var(child, fromFather, m);
            int[] dc = domain[childVar];
            int mat = var(parent, false, m);
            int[] dm = domain[mat];
            if (!hasPaternal(parent)) {
                double[] v = new double[dm.length * dc.length];
                for (int y = 0; y < dm.length; y++) {
                    for (int c = 0; c < dc.length; c++) {
                        v[y * dc.length + c] = matrix[dm[y]][dc[c]];
                    }
                }
                factors.add(new Factor(new int[] {mat, childVar}, new int[] {dm.length, dc.length}, v));
                continue;
            }
            int pat = var(parent, true, m);
            int[] dp = domain[pat];
            int sides = select ? 2 : 1;
            double[] v = new double[sides * dp.length * dm.length * dc.length];
            int cell = 0;
            for (int s = 0; s < sides; s++) {
                for (int x = 0; x < dp.length; x++) {
                    for (int y = 0; y < dm.length; y++) {
                        for (int c = 0; c < dc.length; c++) {
                            double fromPat = matrix[dp[x]][dc[c]];
                            double fromMat = matrix[dm[y]][dc[c]];
                            v[cell++] = !select ? 0.5 * (fromPat + fromMat) : s == 0 ? fromPat : fromMat;
                        }
                    }
                }
            }
            factors.add(select
                    ? new Factor(new int[] {selector[m], pat, mat, childVar}, new int[] {2, dp.length, dm.length, dc.length}, v)
                    : new Factor(new int[] {pat, mat, childVar}, new int[] {dp.length, dm.length, dc.length}, v));
        }
    }

    /**
     * Constraints the domains cannot express: a heterozygote's two alleles differ; a partial genotype
     * holds its allele; a homozygous-looking a/a at a marker with a silent allele s is a/a or a/s.
     */
    private void observation(int i, List<Factor> factors) {
        if (dropout[i] != null) {
            degraded(i, factors);
            return;
        }
        if (!hasPaternal(i)) {
            return;
        }
        for (int m = 0; m < markers; m++) {
            Observation o = obs[i][m];
            if (o == null) {
                continue;
            }
            int a = observedCode(o, m, false);
            boolean homozygous = o.kind() == Observation.Kind.PAIR && a == observedCode(o, m, true);
            boolean partial = o.kind() == Observation.Kind.ONE_UNOBSERVED || homozygous && silent[m] >= 0;
            if (homozygous && !partial) {
                continue;
            }
            int pat = var(i, true, m);
            int mat = var(i, false, m);
            int[] dp = domain[pat];
            int[] dm = domain[mat];
            double[] v = new double[dp.length * dm.length];
            for (int x = 0; x < dp.length; x++) {
                for (int y = 0; y < dm.length; y++) {
                    v[x * dm.length + y] = (partial ? dp[x] == a || dm[y] == a : dp[x] != dm[y]) ? 1 : 0;
                }
            }
            factors.add(new Factor(new int[] {pat, mat}, new int[] {dp.length, dm.length}, v));
        }
    }

    /** A sample with dropout: P(shown alleles | true alleles) over every true genotype. */
    private void degraded(int i, List<Factor> factors) {
        for (int m = 0; m < markers; m++) {
            Observation o = obs[i][m];
            if (o == null) {
                continue;
            }
            int a = observedCode(o, m, false);
            int b = o.kind() == Observation.Kind.PAIR ? observedCode(o, m, true) : a;
            double[] p = spaces[m].freqs;
            int mat = var(i, false, m);
            int[] dm = domain[mat];
            if (!hasPaternal(i)) {
                double[] v = new double[dm.length];
                for (int y = 0; y < dm.length; y++) {
                    v[y] = dropout[i].shown(a, b, dm[y], -1, p);
                }
                factors.add(new Factor(new int[] {mat}, new int[] {dm.length}, v));
                continue;
            }
            int pat = var(i, true, m);
            int[] dp = domain[pat];
            double[] v = new double[dp.length * dm.length];
            for (int x = 0; x < dp.length; x++) {
                for (int y = 0; y < dm.length; y++) {
                    v[x * dm.length + y] = dropout[i].shown(a, b, dp[x], dm[y], p);
                }
            }
            factors.add(new Factor(new int[] {pat, mat}, new int[] {dp.length, dm.length}, v));
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
            if (size > MAX_TABLE) {
                throw new KinshipInputException("unit " + unit.name() + ": too many founders for exact computation with θ"
                        + " (a table of more than " + MAX_TABLE + " entries would be needed)");
            }
        }
        double[] values = new double[(int) size];
        fill(values, 0, v, 0, new int[spaces[0].size()], 1, theta);
        return new Factor(v, cards, values);
    }

    /** Depth-first over the founder variables (the last varies fastest); returns the next cell. */
    private int fill(double[] values, int cell, int[] vars, int depth, int[] counts, double p, double theta) {
        if (depth == vars.length) {
            values[cell] = p;
            return cell + 1;
        }
        double denominator = 1 + (depth - 1) * theta;
        for (int a : domain[vars[depth]]) {
            double next = p * (counts[a] * theta + (1 - theta) * spaces[0].freqs[a]) / denominator;
            counts[a]++;
            cell = fill(values, cell, vars, depth + 1, counts, next, theta);
            counts[a]--;
        }
        return cell;
    }
}
