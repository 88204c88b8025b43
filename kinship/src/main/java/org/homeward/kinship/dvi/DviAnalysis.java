package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;

/**
 * Disaster-victim identification: which remains are which missing persons, when families have
 * several missing and the remains are many.
 *
 * <ul>
 *   <li>{@link #run} is the stepwise procedure of the field (exclusions, undisputed matches, joint
 *       analysis of families with several missing persons left) with a conclusion per missing person
 *       and per remains; {@link DviReport} writes it as text.</li>
 *   <li>{@link #pairwise} is the matrix of pairwise LRs and incompatibility counts.</li>
 *   <li>{@link #joint} is the fully joint analysis: every assignment, nothing fixed beforehand.</li>
 * </ul>
 * Every likelihood is exact (the kinship engine, with the markers' mutation models; X-linked markers
 * as {@link XLinked} says); the incompatibility counts switch mutation off.
 */
public final class DviAnalysis {

    private DviAnalysis() { }

    /** The stepwise analysis with its conclusions. */
    public static DviResult run(DviProblem problem, DviOptions options) {
        return new Stepwise(problem, options).run();
    }

    /** The LR and incompatibility count of every sex-consistent pairing (every pairing with {@code ignoreSex}). */
    public static PairwiseMatrix pairwise(DviProblem problem, DviOptions options) {
        return new Stepwise(problem, options).pairwiseMatrix();
    }

    /**
     * The fully joint analysis: every assignment of victims to missing persons along sex-consistent
     * pairings. The problem is first split into independent groups of families (two families are in
     * one group when some victim may be a member of either), one table per group, in family order;
     * victims with no pairing at all are left out, as their likelihood is common to every assignment.
     * The assignments of every group are counted before any is enumerated.
     *
     * @throws KinshipInputException naming each group with more than {@link DviOptions#maxAssignments()} assignments
     */
    public static List<JointTable> joint(DviProblem problem, DviOptions options) {
        List<DviProblem.Family> families = problem.families();
        int[] group = new int[families.size()];
        for (int f = 0; f < group.length; f++) {
            group[f] = f;
        }
        Map<String, Integer> familyIndex = new HashMap<>();
        Map<String, Sex> missingSex = new HashMap<>();
        for (int f = 0; f < families.size(); f++) {
            Pedigree ped = families.get(f).pedigree();
            for (String m : families.get(f).missingPersons()) {
                familyIndex.put(m, f);
                missingSex.put(m, ped.sex(ped.indexOf(m)));
            }
        }
        List<String> allMissing = families.stream().flatMap(f -> f.missingPersons().stream()).toList();
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (DviProblem.Victim v : problem.victims()) {
            List<String> ms = new ArrayList<>();
            for (String m : allMissing) {
                if (sexConsistent(v.sex(), missingSex.get(m), options)) {
                    ms.add(m);
                }
            }
            for (int i = 1; i < ms.size(); i++) {
                union(group, familyIndex.get(ms.get(0)), familyIndex.get(ms.get(i)));
            }
            candidates.put(v.id(), ms);
        }
        Map<String, List<NonDnaLr>> evidence = evidenceByPair(problem.evidence());
        List<AssignmentSpace> spaces = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        for (int root = 0; root < families.size(); root++) {
            if (find(group, root) != root) {
                continue;
            }
            List<AssignmentSpace.FamilyData> members = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<Integer> familyOfMissing = new ArrayList<>();
            for (int f = 0; f < families.size(); f++) {
                if (find(group, f) == root) {
                    DviProblem.Family fam = families.get(f);
                    for (String m : fam.missingPersons()) {
                        missing.add(m);
                        familyOfMissing.add(members.size());
                    }
                    members.add(new AssignmentSpace.FamilyData(fam.name(), fam.pedigree(), fam.references(), Map.of()));
                }
            }
            List<DviProblem.Victim> victims = new ArrayList<>();
            List<int[]> allowed = new ArrayList<>();
            List<double[]> logFactors = new ArrayList<>();
            for (DviProblem.Victim v : problem.victims()) {
                int[] choices = candidates.get(v.id()).stream().filter(missing::contains).mapToInt(missing::indexOf).toArray();
                if (choices.length == 0) {
                    continue;
                }
                double[] factors = new double[missing.size()];
                for (int m : choices) {
                    for (NonDnaLr e : evidence.getOrDefault(pairKey(v.id(), missing.get(m)), List.of())) {
                        factors[m] += Math.log(e.lr());
                    }
                }
                victims.add(v);
                allowed.add(choices);
                logFactors.add(factors);
            }
            if (victims.isEmpty()) {
                continue;
            }
            AssignmentSpace space = new AssignmentSpace(problem.markers(), new XLinked(problem.xMarkers()), members, missing,
                    familyOfMissing.stream().mapToInt(Integer::intValue).toArray(), victims,
                    allowed.toArray(int[][]::new), logFactors.toArray(double[][]::new));
            long count = space.count(options.maxAssignments());
            if (count > options.maxAssignments()) {
                tooLarge.add("the joint analysis of " + (members.size() == 1 ? "family " : "families ")
                        + String.join(", ", members.stream().map(AssignmentSpace.FamilyData::name).toList())
                        + " (" + victims.size() + " victims, " + missing.size() + " missing persons) has more than "
                        + options.maxAssignments() + " assignments; raise DviOptions.maxAssignments, or run the"
                        + " stepwise analysis, whose exclusions and undisputed matches make the tables smaller");
            }
            spaces.add(space);
        }
        if (!tooLarge.isEmpty()) {
            throw new KinshipInputException(tooLarge);
        }
        return spaces.stream().map(AssignmentSpace::table).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A victim may be a missing person of the same sex, or of any sex when either is unknown or sex is ignored. */
    static boolean sexConsistent(Sex victim, Sex missing, DviOptions options) {
        return options.ignoreSex() || victim == Sex.UNKNOWN || missing == Sex.UNKNOWN || victim == missing;
    }

    static String pairKey(String victim, String missing) {
        return victim + '\u0000' + missing;
    }

    static Map<String, List<NonDnaLr>> evidenceByPair(List<NonDnaLr> evidence) {
        Map<String, List<NonDnaLr>> out = new HashMap<>();
        for (NonDnaLr e : evidence) {
            out.computeIfAbsent(pairKey(e.victim(), e.missing()), k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
