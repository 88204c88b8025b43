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
    /** No genotype table sums more than this many partitions of the founder alleles; beyond it the table is computed one genotype at a time. */
    private static final int MAX_PARTITIONS = 1_000_000;

    private final Pedigree ped;
    /** Persons who matter at this unit (typed, queried, or their ancestors); the others sum out to 1. */
    private final boolean[] keep;
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
    /** Per person, true for an untyped founder whose one allele variable is the allele it passes to its only child ({@link #byGenotype}). */
    private final boolean[] passesOne;
    /** Selector variables (which parental haplotype a marker's allele came from) are numbered from here. */
    private final int firstSelector;
    private int selectors;

    private UnitLikelihood(Pedigree ped, InheritanceUnit unit, Observation[][] obs, int[] coTwin, DropoutModel[] dropout,
                           boolean[] keep, boolean mayLump) {
        this.ped = ped;
        this.keep = keep;
        this.passesOne = new boolean[ped.size()];
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
                if (!mayLump || keep[i] && o != null && dropout[i] != null) {
                    // Dropout tells an unseen homozygote (d₂) from an unseen heterozygote (d²), and a queried
                    // genotype names every allele: no lumping.
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
        return of(ped, unit, typed, inbreeding, twins, dropouts, theta, -1).compute(inbreeding, theta);
    }

    /**
     * ln P(the observations, person {@code query}'s genotype = g) for every genotype index g of an
     * autosomal marker (−∞ where impossible); the query must be untyped. One computation for all g
     * (see {@link #byGenotype}) instead of one likelihood per genotype.
     */
    static double[] logJointByGenotype(Pedigree ped, Marker marker, Map<String, Map<String, Observation>> typed,
                                       int query, double theta) {
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.AUTOSOMAL);
        try {
            return of(ped, unit, typed, Map.of(), Map.of(), Map.of(), theta, query).byGenotype(query, theta);
        } catch (TooManyPartitions many) {
            return oneByOne(ped, unit, marker, typed, query, theta);
        }
    }

    /**
     * One likelihood per genotype, the urn as one joint table: for the few units whose founder alleles
     * group in too many ways for the mixture (many typed founders), where that table is small; refused
     * only when it is not.
     */
    private static double[] oneByOne(Pedigree ped, InheritanceUnit unit, Marker marker, Map<String, Map<String, Observation>> typed,
                                     int query, double theta) {
        Map<String, Map<String, Observation>> withQuery = new java.util.LinkedHashMap<>(typed);
        double[] table = new double[marker.genotypeCount()];
        for (int g = 0; g < table.length; g++) {
            withQuery.put(ped.id(query), Map.of(marker.name(),
                    Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g)))));
            table[g] = logLikelihood(ped, unit, withQuery, Map.of(), Map.of(), Map.of(), theta);
        }
        return table;
    }

    /** The mixture's counting pass found more than {@link #MAX_PARTITIONS} partitions (no stack: it is a decision, not a fault). */
    private static final class TooManyPartitions extends RuntimeException {
        TooManyPartitions() {
            super(null, null, false, false);
        }
    }

    /** Checks the inputs and sets up the unit; {@code query} (or −1) is kept with its ancestors and its alleles never lumped. */
    private static UnitLikelihood of(Pedigree ped, InheritanceUnit unit, Map<String, Map<String, Observation>> typed,
                                     Map<String, FounderInbreeding> inbreeding, Map<String, String> twins,
                                     Map<String, DropoutModel> dropouts, double theta, int query) {
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
        if (query >= 0 && obs[query][0] != null) {
            problems.add("'" + ped.id(query) + "' is typed: its genotype cannot be the one asked for");
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new UnitLikelihood(ped, unit, obs, coTwin, dropout, relevant(ped, obs, coTwin, unit.chromosome(), query), query < 0);
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
    private static boolean[] relevant(Pedigree ped, Observation[][] obs, int[] coTwin, Chromosome chromosome, int query) {
        boolean[] keep = new boolean[ped.size()];
        for (int i = 0; i < ped.size(); i++) {
            keep[i] = i == query;
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

    /** Whether person i has a paternal allele variable: not a man on X, nor a founder reduced to the allele it passes on. */
    private boolean hasPaternal(int i) {
        return !(xLinked && ped.sex(i) == Sex.MALE) && !passesOne[i];
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

    private double compute(Map<String, FounderInbreeding> inbreeding, double theta) {
        List<Factor> factors = new ArrayList<>();
        int[] founderVars = inheritance(factors, theta > 0 ? null : inbreeding);
        if (founderVars.length > 0) {
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

    /**
     * Adds the kept persons' transmission, twin and observation factors, and the founders' θ = 0
     * factors with {@code inbreeding}; when that is null the founders get none and their allele
     * variables are returned (in pedigree order, paternal first) for θ's urn.
     */
    private int[] inheritance(List<Factor> factors, Map<String, FounderInbreeding> inbreeding) {
        List<Integer> founderVars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            if (ped.isFounder(i)) {
                if (inbreeding == null) {
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
        return founderVars.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * ln P(observations, the query's genotype = g) for every genotype index g: the query's two allele
     * variables are kept to the end of each elimination. With θ all founder alleles a_1…a_n come
     * from one urn, whose joint table would join them all (A^n entries for A alleles when founders
     * are untyped and the mutation model does not lump). Instead the urn is written as its
     * Chinese-restaurant mixture over the set partitions π of the founder alleles, α = (1 − θ)/θ:
     * <pre>
     *   P(a_1…a_n) = Σ_π α^|π| Π_B (|B| − 1)! / (α(α + 1)…(α + n − 1)) · Π_B p(a_B)·[a_i = a_B for i ∈ B]
     * </pre>
     * (a block's allele drawn from p independently of the others'). Each term is a θ = 0 likelihood
     * with a block's alleles tied into one variable of prior p; blocks that tie alleles no observation
     * lets be equal (disjoint domains, a typed heterozygous founder's two alleles) add 0 and are never
     * computed. At θ = 0 the only term is every allele alone, weight 1.
     */
    private double[] byGenotype(int query, double theta) {
        reduceFounders(query);
        List<Factor> base = new ArrayList<>();
        int[] slots = inheritance(base, null);
        Mixture mixture = new Mixture(base, slots, query, theta);
        mixture.enumerate(0, 0);
        mixture.counting = false;
        mixture.enumerate(0, 0);
        return mixture.logTable();
    }

    /**
     * An untyped founder with one child that matters passes that child either allele with ½ each;
     * its two alleles being exchangeable (in the urn too, and no other factor reads them), the child
     * may as well always get the maternal one, and the paternal one, read by nothing, sums out of the
     * urn (whose first n − 1 draws are the urn of n − 1). So such a founder keeps one allele variable:
     * fewer founder alleles to partition, and no founder-to-child table over three alleles.
     */
    private void reduceFounders(int query) {
        int[] children = MarkerLikelihood.keptChildren(ped, keep);
        for (int i = 0; i < n; i++) {
            if (keep[i] && ped.isFounder(i) && i != query && obs[i][0] == null && children[i] == 1) {
                domain[var(i, true, 0)] = null;
                passesOne[i] = true;
            }
        }
    }

    /** The mixture's terms for {@link #byGenotype}, enumerated depth-first over the founder alleles' blocks. */
    private final class Mixture {
        private final List<Factor> base;
        private final int[] slots;
        /** Per slot, an earlier slot it may not share a block with (the other allele of a typed heterozygote), or −1. */
        private final int[] apart;
        private final int query;
        private final boolean tie;
        private final double logAlpha;
        /** ln α(α + 1)…(α + n − 1), the terms' common denominator. */
        private final double logRising;
        /** The first slot of each founder with two (the second follows it). */
        private final int[] pairs;
        /** Scratch for {@link #orbit}: a swapped partition's block labels, and their relabelling. */
        private final int[] swapped;
        private final int[] relabel;
        /** Per slot its block; per block the alleles all its slots allow, and its size. */
        private final int[] block;
        private final int[][] blockDomain;
        private final int[] blockSize;
        /** Σ of the terms so far, each entry times e^−scale. */
        private final double[] table;
        private double scale = Double.NEGATIVE_INFINITY;
        /** A first pass only counts the partitions, so that a unit refused is refused before any work. */
        private boolean counting = true;
        private int partitions;

        Mixture(List<Factor> base, int[] slots, int query, double theta) {
            this.base = base;
            this.slots = slots;
            this.query = query;
            this.tie = theta > 0;
            double alpha = (1 - theta) / theta;
            logAlpha = Math.log(alpha);
            double rising = 0;
            for (int j = 0; j < slots.length; j++) {
                rising += Math.log(alpha + j);
            }
            logRising = rising;
            apart = new int[slots.length];
            for (int s = 0; s < slots.length; s++) {
                apart[s] = -1;
                int i = slots[s] / 2;
                Observation o = obs[i][0];
                boolean heterozygous = o != null && dropout[i] == null && o.kind() == Observation.Kind.PAIR
                        && !o.allele().equals(o.other());
                if (heterozygous && s > 0 && slots[s - 1] / 2 == i) {
                    apart[s] = s - 1;
                }
            }
            int[] founders = new int[slots.length];
            int f = 0;
            for (int s = 0; s + 1 < slots.length; s++) {
                if (slots[s] / 2 == slots[s + 1] / 2) {
                    founders[f++] = s;
                }
            }
            pairs = java.util.Arrays.copyOf(founders, f);
            swapped = new int[slots.length];
            relabel = new int[slots.length];
            block = new int[slots.length];
            blockDomain = new int[slots.length][];
            blockSize = new int[slots.length];
            table = new double[unit.markers().get(0).genotypeCount()];
        }

        /** Places slot s in each block that can take it, then in a block of its own. */
        void enumerate(int s, int blocks) {
            if (s == slots.length) {
                if (counting) {
                    if (++partitions > MAX_PARTITIONS) {
                        throw new TooManyPartitions();
                    }
                    return;
                }
                int orbit = orbit();
                if (orbit > 0) {
                    term(blocks, Math.log(orbit));
                }
                return;
            }
            int[] own = domain[slots[s]];
            for (int b = tie ? 0 : blocks; b <= blocks; b++) {
                int[] saved = blockDomain[b];
                int[] d = b == blocks ? own : intersection(saved, own);
                if (d.length == 0 || b < blocks && apart[s] >= 0 && block[apart[s]] == b) {
                    continue;
                }
                block[s] = b;
                blockDomain[b] = d;
                blockSize[b]++;
                enumerate(s + 1, b == blocks ? blocks + 1 : blocks);
                blockSize[b]--;
                blockDomain[b] = saved;
            }
        }

        /**
         * One term: the factors with each block's slots renamed to one variable (the query's when
         * the block holds one of its alleles) over the block's alleles, a prior p on it, eliminated
         * down to the query's alleles and added to the table. Allocates per term, not per entry.
         */
        /**
         * A founder's two alleles are exchangeable in every factor (transmissions take either with
         * ½, an observation names the genotype unordered, and the query's table is read unordered),
         * so partitions that differ by swapping founders' alleles have equal terms. Returns how many
         * partitions the swaps make of this one when it is the least of them (as block-label strings),
         * else 0: each term is computed once, times its orbit.
         */
        private int orbit() {
            int same = 1;
            for (int mask = 1; mask < 1 << pairs.length; mask++) {
                for (int s = 0; s < slots.length; s++) {
                    swapped[s] = block[s];
                }
                for (int f = 0; f < pairs.length; f++) {
                    if ((mask >> f & 1) != 0) {
                        swapped[pairs[f]] = block[pairs[f] + 1];
                        swapped[pairs[f] + 1] = block[pairs[f]];
                    }
                }
                int order = compareRelabelled();
                if (order < 0) {
                    return 0;
                }
                same += order == 0 ? 1 : 0;
            }
            return (1 << pairs.length) / same;
        }

        /** Compares {@code swapped}, its blocks relabelled in order of first appearance, with {@code block}. */
        private int compareRelabelled() {
            java.util.Arrays.fill(relabel, -1);
            int next = 0;
            for (int s = 0; s < slots.length; s++) {
                int b = swapped[s];
                if (relabel[b] < 0) {
                    relabel[b] = next++;
                }
                if (relabel[b] != block[s]) {
                    return relabel[b] < block[s] ? -1 : 1;
                }
            }
            return 0;
        }

        private void term(int blocks, double logOrbit) {
            int total = domain.length;
            int[] to = new int[total];
            int[][] from = new int[total][];
            int[][] dom = domain.clone();
            int[] card = new int[total];
            boolean[] isVariable = new boolean[total];
            for (int v = 0; v < total; v++) {
                to[v] = v;
                if (domain[v] != null) {
                    card[v] = domain[v].length;
                    isVariable[v] = true;
                }
            }
            int[] rep = new int[blocks];
            java.util.Arrays.fill(rep, -1);
            for (int s = 0; s < slots.length; s++) {
                int b = block[s];
                if (rep[b] < 0 || slots[s] / 2 == query && rep[b] / 2 != query) {
                    rep[b] = slots[s];
                }
            }
            double logWeight = logOrbit + (tie ? blocks * logAlpha - logRising : 0);
            List<Factor> factors = new ArrayList<>(base.size() + blocks);
            for (int b = 0; b < blocks; b++) {
                dom[rep[b]] = blockDomain[b];
                card[rep[b]] = blockDomain[b].length;
                logWeight += logFactorial(blockSize[b] - 1);
                double[] prior = new double[blockDomain[b].length];
                for (int x = 0; x < prior.length; x++) {
                    prior[x] = spaces[0].freqs[blockDomain[b][x]];
                }
                factors.add(new Factor(new int[] {rep[b]}, new int[] {prior.length}, prior));
            }
            boolean renamed = false;
            for (int s = 0; s < slots.length; s++) {
                int v = slots[s];
                int r = rep[block[s]];
                to[v] = r;
                isVariable[v] = v == r;
                if (dom[r].length != domain[v].length) {
                    from[v] = positions(dom[r], domain[v]);
                }
                renamed |= v != r || from[v] != null;
            }
            int remaining = 0;
            for (int v = 0; v < total; v++) {
                remaining += isVariable[v] && v / 2 != query ? 1 : 0;
            }
            for (Factor f : base) {
                factors.add(renamed && f.touches(to, from) ? f.tie(to, from, card) : f);
            }
            double logScale = MarkerLikelihood.eliminate(factors, isVariable, card, query, remaining);
            if (logScale == Double.NEGATIVE_INFINITY) {
                return;
            }
            Factor last = Factor.productSumOut(factors.toArray(Factor[]::new), factors.size(), -1, card);
            add(last, dom[to[2 * query]], dom[to[2 * query + 1]], to[2 * query], to[2 * query + 1], logWeight + logScale);
        }

        /** Adds e^logFactor × the last factor (over the query's allele variables pat, mat) to the genotype table. */
        private void add(Factor last, int[] patDomain, int[] matDomain, int pat, int mat, double logFactor) {
            if (logFactor > scale) {
                double shrink = Math.exp(scale - logFactor);
                for (int g = 0; g < table.length; g++) {
                    table[g] *= shrink;
                }
                scale = logFactor;
            }
            double factor = Math.exp(logFactor - scale);
            int sp = last.stride(pat);
            int sm = last.stride(mat);
            // A tied pair (both alleles in one block) is one variable: its diagonal.
            int mats = pat == mat ? 1 : matDomain.length;
            for (int x = 0; x < patDomain.length; x++) {
                for (int y = 0; y < mats; y++) {
                    double v = last.values[x * sp + y * sm];
                    int a = patDomain[x];
                    int b = pat == mat ? a : matDomain[y];
                    table[Marker.genotypeIndex(Math.min(a, b), Math.max(a, b))] += factor * v;
                }
            }
        }

        double[] logTable() {
            double[] out = new double[table.length];
            for (int g = 0; g < out.length; g++) {
                out[g] = table[g] > 0 ? Math.log(table[g]) + scale : Double.NEGATIVE_INFINITY;
            }
            return out;
        }
    }

    /** The codes in both sorted arrays (one of them itself when it is the whole intersection). */
    private static int[] intersection(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int k = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[k++] = a[i];
                i++;
                j++;
            }
        }
        return k == a.length ? a : k == b.length ? b : java.util.Arrays.copyOf(out, k);
    }

    /** Where each code of {@code sub} stands in {@code of} (sub ⊆ of, both sorted). */
    private static int[] positions(int[] sub, int[] of) {
        int[] out = new int[sub.length];
        for (int x = 0, y = 0; x < sub.length; x++) {
            while (of[y] != sub[x]) {
                y++;
            }
            out[x] = y;
        }
        return out;
    }

    private static double logFactorial(int k) {
        double sum = 0;
        for (int j = 2; j <= k; j++) {
            sum += Math.log(j);
        }
        return sum;
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
    private Factor urn(int[] v, double theta) {
        int count = v.length;
        int[] cards = new int[count];
        long size = 1;
        for (int j = 0; j < count; j++) {
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
