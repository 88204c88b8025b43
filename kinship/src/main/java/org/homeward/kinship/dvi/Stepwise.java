package org.homeward.kinship.dvi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;

/**
 * The stepwise DVI procedure on one problem (single use): set aside missing persons who cannot be
 * identified; then, round after round, exclude pairings with too many incompatible markers, drop
 * pairings with LR 0, accept undisputed pairings and enter the victims' genotypes as those of their
 * missing persons; then decide families with one missing person left from their LRs and families
 * with several from a joint table; last, give each remaining victim its best LR.
 */
final class Stepwise {

    private record Pair(String victim, String missing, CombinedLr lr) { }

    private final DviProblem problem;
    private final DviOptions options;
    private final double log10Undisputed;
    private final double log10Probable;
    private final Map<String, List<NonDnaLr>> evidence;

    private final Map<String, DviProblem.Family> familyOf = new HashMap<>();
    private final Map<String, DviProblem.Victim> victimById = new HashMap<>();
    /** Each family's references, identified victims added as they are accepted. */
    private final Map<String, Map<String, Profile>> references = new HashMap<>();
    /** Per family, the dropout models of the identified victims among its references, by pedigree id. */
    private final Map<String, Map<String, DropoutModel>> referenceDropout = new HashMap<>();
    private final Map<String, MissingPersonModel> models = new HashMap<>();
    private final XLinked x;

    private final Set<String> remainingMissing = new LinkedHashSet<>();
    private final Set<String> remainingVictims = new LinkedHashSet<>();
    /** Victim → the missing persons it may still be; in problem order. */
    private final Map<String, Set<String>> pairings = new LinkedHashMap<>();
    /** Victim → missing person → LR, for the current pairings. */
    private final Map<String, Map<String, CombinedLr>> lrs = new LinkedHashMap<>();
    /** The fewest incompatible markers among this round's pairings, by victim and by missing person. */
    private final Map<String, Integer> fewestForVictim = new HashMap<>();
    private final Map<String, Integer> fewestForMissing = new HashMap<>();

    private final Map<String, AmConclusion> am = new HashMap<>();
    private final Map<String, PmConclusion> pm = new HashMap<>();
    private final List<JointTable> tables = new ArrayList<>();

    Stepwise(DviProblem problem, DviOptions options) {
        this.problem = problem;
        this.options = options;
        this.log10Undisputed = Math.log10(options.undisputedThreshold());
        this.log10Probable = Math.log10(options.probableThreshold());
        this.evidence = DviAnalysis.evidenceByPair(problem.evidence());
        this.x = new XLinked(problem.xMarkers());
        for (DviProblem.Family f : problem.families()) {
            references.put(f.name(), new LinkedHashMap<>(f.references()));
            referenceDropout.put(f.name(), new HashMap<>());
            for (String m : f.missingPersons()) {
                familyOf.put(m, f);
            }
        }
        for (DviProblem.Victim v : problem.victims()) {
            victimById.put(v.id(), v);
        }
    }

    DviResult run() {
        PairwiseMatrix initial = pairwiseMatrix();
        setAsideNonidentifiable();
        pairSexConsistent();
        for (int round = 1; ; round++) {
            excludeIncompatible();
            computeLrs();
            excludeUnpaired();
            List<Pair> undisputed = undisputed();
            if (undisputed.isEmpty()) {
                break;
            }
            for (Pair p : undisputed) {
                accept(p, round);
            }
        }
        for (DviProblem.Family f : problem.families()) {
            List<String> left = f.missingPersons().stream().filter(remainingMissing::contains).toList();
            if (left.size() == 1) {
                decideAlone(f, left.get(0));
            } else if (left.size() > 1) {
                decideJointly(f, left);
            }
        }
        for (String v : remainingVictims) {
            if (!pm.containsKey(v)) {
                decideVictim(v);
            }
        }
        List<AmConclusion> amList = new ArrayList<>();
        for (DviProblem.Family f : problem.families()) {
            for (String m : f.missingPersons()) {
                amList.add(am.get(m));
            }
        }
        List<PmConclusion> pmList = problem.victims().stream().map(v -> pm.get(v.id())).toList();
        return new DviResult(amList, pmList, initial, tables);
    }

    /** Every sex-consistent pairing's LR and incompatibility count, on the references as given. */
    PairwiseMatrix pairwiseMatrix() {
        List<String> victims = problem.victims().stream().map(DviProblem.Victim::id).toList();
        List<String> missing = problem.families().stream().flatMap(f -> f.missingPersons().stream()).toList();
        CombinedLr[][] lr = new CombinedLr[victims.size()][missing.size()];
        int[][] incompatible = new int[victims.size()][missing.size()];
        for (int j = 0; j < missing.size(); j++) {
            String m = missing.get(j);
            for (int i = 0; i < victims.size(); i++) {
                DviProblem.Victim v = problem.victims().get(i);
                if (sexConsistent(v, m)) {
                    lr[i][j] = lr(v.id(), m);
                    incompatible[i][j] = model(m).incompatibleMarkers(v);
                } else {
                    incompatible[i][j] = -1;
                }
            }
        }
        return new PairwiseMatrix(victims, missing, lr, incompatible);
    }

    // ---- step 2: nonidentifiable ----

    /**
     * A missing person is identifiable when a chain of blood relatives (persons sharing an ancestor),
     * each a typed reference or a missing person, leads to a typed reference.
     */
    private void setAsideNonidentifiable() {
        for (DviProblem.Family f : problem.families()) {
            Pedigree ped = f.pedigree();
            List<Set<Integer>> ancestors = ancestorsOrSelf(ped);
            List<Integer> nodes = new ArrayList<>();
            Deque<Integer> queue = new ArrayDeque<>();
            Set<Integer> reached = new HashSet<>();
            for (String r : f.references().keySet()) {
                int i = ped.indexOf(r);
                nodes.add(i);
                reached.add(i);
                queue.add(i);
            }
            for (String m : f.missingPersons()) {
                nodes.add(ped.indexOf(m));
            }
            while (!queue.isEmpty()) {
                int a = queue.poll();
                for (int b : nodes) {
                    if (!reached.contains(b) && shareAncestor(ancestors.get(a), ancestors.get(b))) {
                        reached.add(b);
                        queue.add(b);
                    }
                }
            }
            for (String m : f.missingPersons()) {
                if (reached.contains(ped.indexOf(m))) {
                    remainingMissing.add(m);
                } else {
                    am.put(m, new AmConclusion(f.name(), m, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                            Conclusion.NOT_IDENTIFIABLE, "No typed blood relative"));
                }
            }
        }
    }

    private static List<Set<Integer>> ancestorsOrSelf(Pedigree ped) {
        List<Set<Integer>> out = new ArrayList<>();
        for (int i = 0; i < ped.size(); i++) {
            Set<Integer> s = new HashSet<>();
            s.add(i);
            if (!ped.isFounder(i)) {
                s.addAll(out.get(ped.father(i)));
                s.addAll(out.get(ped.mother(i)));
            }
            out.add(s);
        }
        return out;
    }

    private static boolean shareAncestor(Set<Integer> a, Set<Integer> b) {
        for (int x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    // ---- step 1 and the round: exclusions, LRs, undisputed ----

    private void pairSexConsistent() {
        for (DviProblem.Victim v : problem.victims()) {
            remainingVictims.add(v.id());
            Set<String> options = new LinkedHashSet<>();
            for (String m : remainingMissing) {
                if (sexConsistent(v, m)) {
                    options.add(m);
                }
            }
            pairings.put(v.id(), options);
        }
    }

    private boolean sexConsistent(DviProblem.Victim v, String missing) {
        Pedigree ped = familyOf.get(missing).pedigree();
        return DviAnalysis.sexConsistent(v.sex(), ped.sex(ped.indexOf(missing)), options);
    }

    private void excludeIncompatible() {
        fewestForVictim.clear();
        fewestForMissing.clear();
        for (String v : remainingVictims) {
            DviProblem.Victim victim = victimById.get(v);
            pairings.get(v).removeIf(m -> {
                int k = model(m).incompatibleMarkers(victim);
                fewestForVictim.merge(v, k, Math::min);
                fewestForMissing.merge(m, k, Math::min);
                return k > options.maxIncompatibleMarkers();
            });
        }
    }

    private void computeLrs() {
        lrs.clear();
        for (String v : remainingVictims) {
            Map<String, CombinedLr> row = new LinkedHashMap<>();
            for (String m : pairings.get(v)) {
                row.put(m, lr(v, m));
            }
            row.values().removeIf(CombinedLr::isZero);
            pairings.get(v).retainAll(row.keySet());
            lrs.put(v, row);
        }
    }

    /** Victims and missing persons left without any pairing are excluded. */
    private void excludeUnpaired() {
        Set<String> paired = new HashSet<>();
        for (String v : List.copyOf(remainingVictims)) {
            if (pairings.get(v).isEmpty()) {
                pm.put(v, new PmConclusion(v, Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                        Conclusion.EXCLUDED, exclusionComment(fewestForVictim.get(v))));
                remainingVictims.remove(v);
            } else {
                paired.addAll(pairings.get(v));
            }
        }
        for (String m : List.copyOf(remainingMissing)) {
            if (!paired.contains(m)) {
                am.put(m, new AmConclusion(familyOf.get(m).name(), m, Optional.empty(), Optional.empty(),
                        OptionalDouble.empty(), Conclusion.EXCLUDED, exclusionComment(fewestForMissing.get(m))));
                remainingMissing.remove(m);
            }
        }
    }

    /** The reference implementation's words: no pairing left at all, or the fewest inconsistencies. */
    private static String exclusionComment(Integer fewest) {
        if (fewest == null) {
            return "No compatible pairings";
        }
        return fewest > 0 ? fewest + "+ inconsistencies" : "LR 0 from non-DNA evidence";
    }

    /**
     * LR ≥ threshold, and every other LR in the same row and column below LR / threshold (dvir's
     * rule: a competitor exactly at LR / threshold disputes the match; both comparisons within
     * {@link Tolerance}).
     */
    private List<Pair> undisputed() {
        List<Pair> out = new ArrayList<>();
        for (String v : remainingVictims) {
            for (Map.Entry<String, CombinedLr> e : lrs.get(v).entrySet()) {
                double l = e.getValue().log10Lr();
                if (!Tolerance.atLeast(l, log10Undisputed)) {
                    continue;
                }
                double ceiling = l - log10Undisputed;
                boolean clear = lrs.get(v).entrySet().stream()
                        .allMatch(o -> o.getKey().equals(e.getKey()) || Tolerance.above(ceiling, o.getValue().log10Lr()));
                for (String w : remainingVictims) {
                    CombinedLr other = lrs.get(w).get(e.getKey());
                    clear &= w.equals(v) || other == null || Tolerance.above(ceiling, other.log10Lr());
                }
                if (clear) {
                    out.add(new Pair(v, e.getKey(), e.getValue()));
                }
            }
        }
        return out;
    }

    /** Records the match and enters the victim's genotypes as the missing person's in its family. */
    private void accept(Pair p, int round) {
        DviProblem.Family f = familyOf.get(p.missing());
        String step = "Step " + round;
        am.put(p.missing(), new AmConclusion(f.name(), p.missing(), Optional.of(p.victim()), Optional.of(p.lr()),
                OptionalDouble.empty(), Conclusion.UNDISPUTED, step));
        pm.put(p.victim(), new PmConclusion(p.victim(), Optional.of(p.missing()), Optional.of(f.name()), Optional.of(p.lr()),
                OptionalDouble.empty(), Conclusion.UNDISPUTED, step));
        DviProblem.Victim victim = victimById.get(p.victim());
        references.get(f.name()).put(p.missing(), x.forPlace(victim.profile(), victim.sex(),
                f.pedigree().sex(f.pedigree().require(p.missing())), victim.dropout() != null));
        if (victim.dropout() != null) {
            referenceDropout.get(f.name()).put(p.missing(), victim.dropout());
        }
        f.missingPersons().forEach(models::remove);
        remainingVictims.remove(p.victim());
        remainingMissing.remove(p.missing());
        pairings.remove(p.victim());
        lrs.remove(p.victim());
        for (String v : remainingVictims) {
            pairings.get(v).remove(p.missing());
            lrs.get(v).remove(p.missing());
        }
    }

    // ---- step 5: a family with one missing person left ----

    private void decideAlone(DviProblem.Family f, String m) {
        List<Map.Entry<String, CombinedLr>> column = new ArrayList<>();
        for (String v : remainingVictims) {
            CombinedLr lr = lrs.get(v).get(m);
            if (lr != null) {
                column.add(Map.entry(v, lr));
            }
        }
        Verdict d = verdict(column);
        am.put(m, new AmConclusion(f.name(), m, Optional.of(d.best), Optional.of(d.bestLr), OptionalDouble.empty(),
                d.conclusion, d.comment));
    }

    /** The decision from one row or column of LRs: probable, disputed, inconclusive or no match. */
    private record Verdict(String best, CombinedLr bestLr, Conclusion conclusion, String comment) { }

    private Verdict verdict(List<Map.Entry<String, CombinedLr>> candidates) {
        Map.Entry<String, CombinedLr> best = candidates.get(0);
        for (Map.Entry<String, CombinedLr> c : candidates) {
            if (c.getValue().log10Lr() > best.getValue().log10Lr()) {
                best = c;
            }
        }
        List<Map.Entry<String, CombinedLr>> others = new ArrayList<>(candidates);
        others.remove(best);
        others.sort(Comparator.comparingDouble((Map.Entry<String, CombinedLr> c) -> c.getValue().log10Lr()).reversed());
        double bestLog = best.getValue().log10Lr();
        if (Tolerance.above(bestLog, log10Probable)) {
            List<Map.Entry<String, CombinedLr>> alsoHigh = others.stream()
                    .filter(c -> Tolerance.above(c.getValue().log10Lr(), log10Probable)).toList();
            if (!alsoHigh.isEmpty()) {
                return new Verdict(best.getKey(), best.getValue(), Conclusion.DISPUTED, "Also: " + describe(alsoHigh));
            }
            String runnerUp = others.isEmpty() ? "–" : describe(others.subList(0, 1));
            return new Verdict(best.getKey(), best.getValue(), Conclusion.PROBABLE, "Runner-up: " + runnerUp);
        }
        if (Tolerance.atLeast(bestLog, 0)) {
            return new Verdict(best.getKey(), best.getValue(), Conclusion.INCONCLUSIVE, "Best: " + best.getKey());
        }
        return new Verdict(best.getKey(), best.getValue(), Conclusion.NO_MATCH, "");
    }

    private static String describe(List<Map.Entry<String, CombinedLr>> entries) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, CombinedLr> e : entries) {
            parts.add(e.getKey() + " (LR " + Numbers.fromLog10(e.getValue().log10Lr(), 3) + ")");
        }
        return String.join(", ", parts);
    }

    // ---- step 6: a family with several missing persons left ----

    private void decideJointly(DviProblem.Family f, List<String> missing) {
        List<DviProblem.Victim> victims = new ArrayList<>();
        List<int[]> allowed = new ArrayList<>();
        for (String v : remainingVictims) {
            int[] options = pairings.get(v).stream().filter(missing::contains).mapToInt(missing::indexOf).toArray();
            if (options.length > 0) {
                victims.add(victimById.get(v));
                allowed.add(options);
            }
        }
        double[][] logFactor = new double[victims.size()][missing.size()];
        for (int v = 0; v < victims.size(); v++) {
            for (int m : allowed.get(v)) {
                logFactor[v][m] = nonDnaLog10(victims.get(v).id(), missing.get(m)) * Math.log(10);
            }
        }
        AssignmentSpace space = new AssignmentSpace(problem.markers(), x,
                List.of(new AssignmentSpace.FamilyData(f.name(), f.pedigree(), references.get(f.name()), referenceDropout.get(f.name()))),
                missing, new int[missing.size()], victims, allowed.toArray(int[][]::new), logFactor);
        long count = space.count(options.maxAssignments());
        if (count > options.maxAssignments()) {
            for (String m : missing) {
                am.put(m, new AmConclusion(f.name(), m, Optional.empty(), Optional.ofNullable(bestLrFor(m)), OptionalDouble.empty(),
                        Conclusion.INCONCLUSIVE, "Joint analysis not run: more than " + options.maxAssignments()
                        + " assignments (raise the bound to run it)"));
            }
            return;
        }
        JointTable table = space.table();
        tables.add(table);
        String joint = "Joint: {" + String.join(",", missing) + "}";

        Map<Integer, Integer> matched = new LinkedHashMap<>();
        for (int v = 0; v < victims.size(); v++) {
            for (int m = 0; m < missing.size(); m++) {
                OptionalDouble glr = table.log10Glr(v, m);
                if (glr.isPresent() && Tolerance.atLeast(glr.getAsDouble(), log10Undisputed)) {
                    matched.put(v, m);
                    String victim = victims.get(v).id();
                    CombinedLr lr = lrs.get(victim).get(missing.get(m));
                    am.put(missing.get(m), new AmConclusion(f.name(), missing.get(m), Optional.of(victim), Optional.of(lr), glr,
                            Conclusion.MATCH_GLR, joint));
                    pm.put(victim, new PmConclusion(victim, Optional.of(missing.get(m)), Optional.of(f.name()), Optional.of(lr),
                            glr, Conclusion.MATCH_GLR, joint));
                }
            }
        }
        decideSymmetric(f, table, matched);
        for (int m = 0; m < missing.size(); m++) {
            if (!am.containsKey(missing.get(m))) {
                OptionalDouble bestGlr = OptionalDouble.empty();
                for (int v = 0; v < victims.size(); v++) {
                    OptionalDouble g = table.log10Glr(v, m);
                    if (g.isPresent() && (bestGlr.isEmpty() || g.getAsDouble() > bestGlr.getAsDouble())) {
                        bestGlr = g;
                    }
                }
                am.put(missing.get(m), new AmConclusion(f.name(), missing.get(m), Optional.empty(),
                        Optional.ofNullable(bestLrFor(missing.get(m))), bestGlr, Conclusion.INCONCLUSIVE, ""));
            }
        }
    }

    /**
     * Among the assignments that keep the GLR matches, when the best two differ only by two victims
     * swapping two missing persons, and the assignments giving those two victims to those two
     * persons (either way round) beat every other assignment of the table by the threshold (not only
     * those keeping the GLR matches, as the reference implementation dvir does), both pairings are
     * reported as a symmetric match: DNA cannot tell which is which.
     */
    private void decideSymmetric(DviProblem.Family f, JointTable table, Map<Integer, Integer> matched) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            final int row = r;
            if (matched.entrySet().stream().allMatch(e -> table.assigned(row, e.getKey()) == e.getValue())) {
                rows.add(r);
            }
        }
        if (rows.size() < 2) {
            return;
        }
        int r1 = rows.get(0);
        int r2 = rows.get(1);
        List<Integer> differ = new ArrayList<>();
        for (int v = 0; v < table.victims().size(); v++) {
            if (table.assigned(r1, v) != table.assigned(r2, v)) {
                differ.add(v);
            }
        }
        if (differ.size() != 2) {
            return;
        }
        int v1 = differ.get(0);
        int v2 = differ.get(1);
        int m1 = table.assigned(r1, v1);
        int m2 = table.assigned(r1, v2);
        if (m1 < 0 || m2 < 0 || table.assigned(r2, v1) != m2 || table.assigned(r2, v2) != m1) {
            return;
        }
        OptionalDouble glr = table.log10SymmetricGlr(v1, v2, m1, m2);
        if (glr.isEmpty() || !Tolerance.atLeast(glr.getAsDouble(), log10Undisputed)) {
            return;
        }
        List<String> ms = List.of(table.missingPersons().get(Math.min(m1, m2)), table.missingPersons().get(Math.max(m1, m2)));
        List<String> vs = List.of(table.victims().get(v1), table.victims().get(v2));
        String relation = fullSiblings(f.pedigree(), ms.get(0), ms.get(1)) ? "Full siblings" : "Indistinguishable";
        for (String m : ms) {
            am.put(m, new AmConclusion(f.name(), m, Optional.of(String.join("/", vs)), Optional.empty(), glr,
                    Conclusion.SYMMETRIC_MATCH, relation + ": {" + String.join(", ", ms) + "} = {" + String.join(", ", vs)
                    + "}, either way round"));
        }
        for (String v : vs) {
            CombinedLr lr = lrs.get(v).get(ms.get(0));
            CombinedLr other = lrs.get(v).get(ms.get(1));
            if (lr == null || other != null && other.log10Lr() > lr.log10Lr()) {
                lr = other;
            }
            pm.put(v, new PmConclusion(v, Optional.of(String.join("/", ms)), Optional.of(f.name()), Optional.ofNullable(lr), glr,
                    Conclusion.SYMMETRIC_MATCH, relation + ": {" + String.join(", ", vs) + "} = {" + String.join(", ", ms)
                    + "}, either way round"));
        }
    }

    private static boolean fullSiblings(Pedigree ped, String a, String b) {
        int i = ped.indexOf(a);
        int j = ped.indexOf(b);
        return !ped.isFounder(i) && ped.father(i) == ped.father(j) && ped.mother(i) == ped.mother(j);
    }

    private CombinedLr bestLrFor(String missing) {
        CombinedLr best = null;
        for (String v : remainingVictims) {
            CombinedLr lr = lrs.get(v).get(missing);
            if (lr != null && (best == null || lr.log10Lr() > best.log10Lr())) {
                best = lr;
            }
        }
        return best;
    }

    // ---- step 7: remaining victims ----

    private void decideVictim(String v) {
        List<Map.Entry<String, CombinedLr>> row = new ArrayList<>();
        for (Map.Entry<String, CombinedLr> e : lrs.get(v).entrySet()) {
            AmConclusion c = am.get(e.getKey());
            boolean identified = c != null && (c.conclusion() == Conclusion.MATCH_GLR || c.conclusion() == Conclusion.SYMMETRIC_MATCH);
            if (!identified) {
                row.add(e);
            }
        }
        if (row.isEmpty()) {
            pm.put(v, new PmConclusion(v, Optional.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                    Conclusion.NO_MATCH, "No remaining pairings"));
            return;
        }
        Verdict d = verdict(row);
        boolean named = d.conclusion == Conclusion.PROBABLE || d.conclusion == Conclusion.DISPUTED;
        pm.put(v, new PmConclusion(v, named ? Optional.of(d.best) : Optional.empty(),
                named ? Optional.of(familyOf.get(d.best).name()) : Optional.empty(), Optional.of(d.bestLr),
                OptionalDouble.empty(), d.conclusion, d.comment));
    }

    // ---- LRs ----

    private CombinedLr lr(String victim, String missing) {
        double dna = model(missing).log10DnaLr(victimById.get(victim));
        return new CombinedLr(dna, evidence.getOrDefault(DviAnalysis.pairKey(victim, missing), List.of()));
    }

    private double nonDnaLog10(String victim, String missing) {
        double sum = 0;
        for (NonDnaLr e : evidence.getOrDefault(DviAnalysis.pairKey(victim, missing), List.of())) {
            sum += e.log10Lr();
        }
        return sum;
    }

    private MissingPersonModel model(String missing) {
        return models.computeIfAbsent(missing, m -> {
            DviProblem.Family f = familyOf.get(m);
            return MissingPersonModel.of(f.pedigree(), m, problem.markers(), references.get(f.name()), referenceDropout.get(f.name()), x);
        });
    }
}
