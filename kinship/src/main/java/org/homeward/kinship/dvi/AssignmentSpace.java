package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * The assignments of some victims to some missing persons along allowed pairings: counted (with a
 * cap, before anything is enumerated) and enumerated into a {@link JointTable}.
 */
final class AssignmentSpace {

    /**
     * A family as it stands: its pedigree and current references (identified victims included), with
     * the dropout model of each reference typed under one (an identified victim's), by pedigree id.
     */
    record FamilyData(String name, Pedigree pedigree, Map<String, Profile> references, Map<String, DropoutModel> dropout) { }

    private final List<Marker> markers;
    private final XLinked x;
    private final List<FamilyData> families;
    private final List<String> missing;
    private final int[] familyOf;
    private final List<DviProblem.Victim> victims;
    private final int[][] allowed;
    private final double[][] logFactor;

    /**
     * @param familyOf  per missing person, its index in {@code families}
     * @param allowed   per victim, the missing-person indexes it may be assigned to
     * @param logFactor [victim][missing person] natural log of the non-DNA LRs of that pairing
     */
    AssignmentSpace(List<Marker> markers, XLinked x, List<FamilyData> families, List<String> missing, int[] familyOf,
                    List<DviProblem.Victim> victims, int[][] allowed, double[][] logFactor) {
        this.markers = markers;
        this.x = x;
        this.families = families;
        this.missing = missing;
        this.familyOf = familyOf;
        this.victims = victims;
        this.allowed = allowed;
        this.logFactor = logFactor;
    }

    /**
     * The number of assignments, or {@code cap + 1} as soon as it is known to exceed {@code cap}.
     * Dynamic programming over victims on the set of missing persons already used: each state stands
     * for at least one partial assignment, so the number of states never exceeds the cap either.
     */
    long count(long cap) {
        Map<BitSet, Long> states = new HashMap<>();
        states.put(new BitSet(), 1L);
        for (int[] options : allowed) {
            Map<BitSet, Long> next = new HashMap<>();
            long total = 0;
            for (Map.Entry<BitSet, Long> s : states.entrySet()) {
                total = add(next, s.getKey(), s.getValue(), total);
                for (int m : options) {
                    if (!s.getKey().get(m)) {
                        BitSet used = (BitSet) s.getKey().clone();
                        used.set(m);
                        total = add(next, used, s.getValue(), total);
                    }
                }
                if (total > cap) {
                    return cap + 1;
                }
            }
            states = next;
        }
        long total = 0;
        for (long c : states.values()) {
            total += c;
        }
        return total;
    }

    private static long add(Map<BitSet, Long> states, BitSet key, long count, long total) {
        states.merge(key, count, (a, b) -> saturatingAdd(a, b));
        return saturatingAdd(total, count);
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** Every assignment with its likelihood, best first (ties in enumeration order). Call after {@link #count}. */
    JointTable table() {
        double[] logHw = new double[victims.size()];
        double[] logUnrelatedX = new double[victims.size()];
        for (int v = 0; v < victims.size(); v++) {
            DviProblem.Victim victim = victims.get(v);
            logUnrelatedX[v] = x.logUnrelated(x.forPlace(victim.profile(), victim.sex(), victim.sex(), victim.dropout() != null),
                    victim.sex());
            logHw[v] = logUnrelated(victim) + logUnrelatedX[v];
        }
        List<int[]> rows = new ArrayList<>();
        List<Double> logLiks = new ArrayList<>();
        Map<String, Double> familyCache = new HashMap<>();
        int[] assignment = new int[victims.size()];
        boolean[] used = new boolean[missing.size()];
        enumerate(0, assignment, used, rows, logLiks, logHw, logUnrelatedX, familyCache);

        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(logLiks.get(b), logLiks.get(a)));
        int[][] sorted = new int[order.length][];
        double[] sortedLl = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = rows.get(order[i]);
            sortedLl[i] = logLiks.get(order[i]);
        }
        // The all-unassigned assignment is enumerated first.
        double nullLl = logLiks.get(0);
        return new JointTable(families.stream().map(FamilyData::name).toList(),
                victims.stream().map(DviProblem.Victim::id).toList(), missing, sorted, sortedLl, nullLl);
    }

    private void enumerate(int v, int[] assignment, boolean[] used, List<int[]> rows, List<Double> logLiks,
                           double[] logHw, double[] logUnrelatedX, Map<String, Double> familyCache) {
        if (v == victims.size()) {
            rows.add(assignment.clone());
            logLiks.add(logLikelihood(assignment, logHw, logUnrelatedX, familyCache));
            return;
        }
        assignment[v] = -1;
        enumerate(v + 1, assignment, used, rows, logLiks, logHw, logUnrelatedX, familyCache);
        for (int m : allowed[v]) {
            if (!used[m]) {
                used[m] = true;
                assignment[v] = m;
                enumerate(v + 1, assignment, used, rows, logLiks, logHw, logUnrelatedX, familyCache);
                used[m] = false;
            }
        }
        assignment[v] = -1;
    }

    private double logLikelihood(int[] assignment, double[] logHw, double[] logUnrelatedX, Map<String, Double> familyCache) {
        double ll = 0;
        for (int v = 0; v < assignment.length; v++) {
            ll += assignment[v] < 0 ? logHw[v] : logFactor[v][assignment[v]];
        }
        for (int f = 0; f < families.size(); f++) {
            ll += familyLogLikelihood(f, assignment, logUnrelatedX, familyCache);
        }
        return ll;
    }

    /**
     * The family's pedigree likelihood with its assigned victims placed, X-linked markers included (a victim whose X
     * genotypes are not usable in its place counts there as unrelated on X); cached on the family's part of the assignment.
     */
    private double familyLogLikelihood(int f, int[] assignment, double[] logUnrelatedX, Map<String, Double> cache) {
        StringBuilder key = new StringBuilder().append(f);
        for (int v = 0; v < assignment.length; v++) {
            if (assignment[v] >= 0 && familyOf[assignment[v]] == f) {
                key.append(',').append(v).append('=').append(assignment[v]);
            }
        }
        return cache.computeIfAbsent(key.toString(), k -> {
            FamilyData family = families.get(f);
            Map<String, Profile> typed = new LinkedHashMap<>(family.references());
            Map<String, DropoutModel> dropout = new HashMap<>(family.dropout());
            double xUnplaced = 0;
            for (int v = 0; v < assignment.length; v++) {
                if (assignment[v] >= 0 && familyOf[assignment[v]] == f) {
                    DviProblem.Victim victim = victims.get(v);
                    String place = missing.get(assignment[v]);
                    Sex placeSex = family.pedigree().sex(family.pedigree().require(place));
                    typed.put(place, x.forPlace(victim.profile(), victim.sex(), placeSex, victim.dropout() != null));
                    if (!XLinked.usable(victim.sex(), placeSex, victim.dropout() != null)) {
                        xUnplaced += logUnrelatedX[v];
                    }
                    if (victim.dropout() != null) {
                        dropout.put(place, victim.dropout());
                    }
                }
            }
            double xPart = x.isEmpty() ? 0 : x.logLikelihood(family.pedigree(), typed) + xUnplaced;
            if (dropout.isEmpty()) {
                return Likelihoods.logLikelihood(family.pedigree(), markers, typed) + xPart;
            }
            // Samples under a dropout model: the extended model sums over their true genotypes.
            Map<String, Map<String, Observation>> observed = new LinkedHashMap<>();
            typed.forEach((person, profile) -> observed.put(person, MissingPersonModel.observations(profile)));
            Hypothesis h = Hypothesis.of(family.pedigree());
            double sum = 0;
            for (Marker m : markers) {
                sum += h.logLikelihood(InheritanceUnit.of(m, Chromosome.AUTOSOMAL), observed, dropout, 0);
            }
            return sum + xPart;
        });
    }

    /**
     * Natural log of P(the victim's profile) as an unrelated person: the Hardy–Weinberg frequency of
     * each typed genotype, or under a dropout model Σ_G P(shown | G)·f(G).
     */
    private double logUnrelated(DviProblem.Victim victim) {
        double sum = 0;
        for (Marker m : markers) {
            AllelePair pair = victim.profile().genotype(m.name());
            if (pair == null) {
                continue;
            }
            int shown = m.genotypeIndex(pair.first(), pair.second());
            if (victim.dropout() == null) {
                sum += Math.log(m.genotypeFrequency(shown));
                continue;
            }
            double[] row = victim.dropout().shownGivenTrue(m, shown);
            double p = 0;
            for (int g = 0; g < row.length; g++) {
                p += row[g] * m.genotypeFrequency(g);
            }
            sum += Math.log(p);
        }
        return sum;
    }
}
