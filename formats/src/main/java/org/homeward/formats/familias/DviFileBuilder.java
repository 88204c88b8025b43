package org.homeward.formats.familias;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.formats.common.UserException;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Builds a Familias DVI file from kinship objects: the inverse of
 * {@link FamiliasKinship#dviCase(FamFile, String, org.homeward.formats.common.Strictness)}. Reading
 * the written file back gives the same markers, victims and families, with the missing persons
 * relabelled as {@link #missingLabels(List)} says, so every identification LR is unchanged.
 *
 * <p>What is written: a database with every marker (θ 0, frequencies exactly, no silent allele);
 * the victims as unidentified persons; per family every pedigree person with their recorded sex
 * (typed references with their genotypes) and two pedigrees, {@code Reference pedigree} (the
 * relations not involving a missing person) and {@code Pedigree with missing persons} (all of them),
 * so that the reading rules use the second.
 *
 * <p>Mutation models: NONE is code 0 with rate 0, EQUAL code 0, PROPORTIONAL code 1, STEPWISE code
 * 2 (stepwise unstationary) when its rate2 is 0 and code 4 (extended stepwise) otherwise; ONESTEP has
 * no Familias code and is refused. Models other than stepwise are written with Familias' default
 * range 0.1, which they do not use.
 *
 * <p>Refused, with every problem at once ({@link UserException}): ONESTEP models; duplicate or blank
 * names, names with surrounding spaces or line breaks; genotypes at a marker not in the list or with
 * an allele not in its table (Familias files cannot hold them); a family without a typed reference, a
 * missing person who is typed or not linked by relations to a typed reference (the reading rules
 * would drop them); and a member who is not missing but whose id starts with {@code Missing} (the
 * reading rules would take them for a missing person).
 *
 * <p>Not preserved: a person of UNKNOWN sex is written without {@code Gender=} and read back with the
 * sex the reading rules give (female unless a co-parent decides); pedigree members not linked to any
 * typed reference are dropped on reading. Neither changes an identification LR.
 */
public final class DviFileBuilder {

    /** The version line written. */
    public static final String VERSION = "3.3 (DVI)";
    /** The name of the pedigree the reading rules use. */
    public static final String PEDIGREE = "Pedigree with missing persons";

    private static final double DEFAULT_RANGE = 0.1;

    private DviFileBuilder() { }

    /** The DVI file of a case: its markers, victims and families. */
    public static FamFile toDviFile(DviCase dviCase) {
        return toDviFile(dviCase.markers(), dviCase.victims(), dviCase.families());
    }

    /**
     * The DVI file of these markers, victims (remains with their sex, UNKNOWN when not known) and
     * reference families.
     *
     * @throws UserException listing every problem when the data cannot be written faithfully
     */
    public static FamFile toDviFile(List<Marker> markers, List<DviCase.Victim> victims, List<DviCase.Family> families) {
        List<String> problems = new ArrayList<>();
        FamDatabase database = database(markers, problems);
        Map<String, Marker> byName = new HashMap<>();
        markers.forEach(m -> byName.put(m.name(), m));

        List<DviPerson> unidentified = new ArrayList<>();
        Set<String> victimNames = new HashSet<>();
        for (DviCase.Victim v : victims) {
            String name = v.profile().id();
            checkName(name, "victim", problems);
            if (!victimNames.add(name)) {
                problems.add("two victims are named '" + name + "'");
            }
            unidentified.add(new DviPerson(name, v.sex(), genotypes(v.profile(), "victim '" + name + "'", markers, byName, problems)));
        }

        Map<String, Map<String, String>> labels = labels(families, problems);
        List<DviFamily> written = new ArrayList<>();
        Set<String> familyNames = new HashSet<>();
        for (DviCase.Family f : families) {
            checkName(f.name(), "family", problems);
            if (!familyNames.add(f.name())) {
                problems.add("two families are named '" + f.name() + "'");
            }
            written.add(family(f, labels.getOrDefault(f.name(), Map.of()), markers, byName, problems));
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems.size() == 1 ? "cannot write the DVI file: " + problems.get(0)
                    : "cannot write the DVI file, " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
        }
        return new FamFile(VERSION, List.of(), 0, 0, List.of(), List.of(), database,
                Optional.of(new FamDvi(unidentified, written, List.of())), List.of());
    }

    /**
     * The label each family's missing persons get in the file, by family name and pedigree id: the id
     * itself when it starts with {@code Missing}, else {@code "Missing " + id}; when that label is used
     * in more than one family, {@code " (" + family name + ")"} is appended, so that no two families
     * share a label (the reading rules would rename them all M1, M2, …).
     */
    public static Map<String, Map<String, String>> missingLabels(List<DviCase.Family> families) {
        return labels(families, new ArrayList<>());
    }

    private static Map<String, Map<String, String>> labels(List<DviCase.Family> families, List<String> problems) {
        Map<String, Set<String>> usedBy = new HashMap<>();
        for (DviCase.Family f : families) {
            for (String m : f.missingPersons()) {
                usedBy.computeIfAbsent(base(m), k -> new HashSet<>()).add(f.name());
            }
        }
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (DviCase.Family f : families) {
            Map<String, String> mine = new LinkedHashMap<>();
            for (String m : f.missingPersons()) {
                String label = usedBy.get(base(m)).size() > 1 ? base(m) + " (" + f.name() + ")" : base(m);
                String before = owner.putIfAbsent(label, "'" + m + "' of family " + f.name());
                if (before != null) {
                    problems.add("missing person '" + m + "' of family " + f.name() + " would be written as '" + label
                            + "', as is " + before);
                }
                mine.put(m, label);
            }
            labels.put(f.name(), mine);
        }
        return labels;
    }

    private static String base(String id) {
        return id.startsWith(FamiliasKinship.MISSING_PREFIX) ? id : FamiliasKinship.MISSING_PREFIX + " " + id;
    }

    private static DviFamily family(DviCase.Family f, Map<String, String> labels, List<Marker> markers,
                                    Map<String, Marker> byName, List<String> problems) {
        String where = "family " + f.name();
        Pedigree ped = f.pedigree();
        Set<String> missing = new HashSet<>(f.missingPersons());
        for (String m : f.missingPersons()) {
            if (ped.indexOf(m) < 0) {
                problems.add(where + ": missing person '" + m + "' is not in its pedigree");
            }
            Profile p = f.references().get(m);
            if (p != null && !p.genotypes().isEmpty()) {
                problems.add(where + ": missing person '" + m + "' is typed");
            }
        }
        if (f.missingPersons().isEmpty()) {
            problems.add(where + ": the family has no missing person");
        }
        Map<String, String> name = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (String id : ped.ids()) {
            String label = missing.contains(id) ? labels.getOrDefault(id, id) : id;
            if (!missing.contains(id)) {
                checkName(id, where + ": person", problems);
                if (id.startsWith(FamiliasKinship.MISSING_PREFIX)) {
                    problems.add(where + ": '" + id + "' is not a missing person, but Familias DVI files mark missing persons by names"
                            + " starting with '" + FamiliasKinship.MISSING_PREFIX + "'; rename them");
                }
            }
            if (!written.add(label)) {
                problems.add(where + ": two persons would be written as '" + label + "'");
            }
            name.put(id, label);
        }
        Set<String> typed = new HashSet<>();
        f.references().forEach((id, p) -> {
            if (ped.indexOf(id) < 0) {
                problems.add(where + ": reference '" + id + "' is not in its pedigree");
            } else if (!p.genotypes().isEmpty() && !missing.contains(id)) {
                typed.add(id);
            }
        });
        if (typed.isEmpty()) {
            problems.add(where + ": the family has no typed reference");
        } else {
            Set<String> reached = connected(ped, typed);
            for (String m : f.missingPersons()) {
                if (ped.indexOf(m) >= 0 && !reached.contains(m)) {
                    problems.add(where + ": missing person '" + m + "' is not related by the pedigree to any typed reference");
                }
            }
        }
        List<DviPerson> persons = new ArrayList<>();
        List<DviPedigree.Relation> all = new ArrayList<>();
        List<DviPedigree.Relation> known = new ArrayList<>();
        for (int i = 0; i < ped.size(); i++) {
            String id = ped.id(i);
            Profile p = typed.contains(id) ? f.references().get(id) : null;
            List<FamGenotype> g = p == null ? List.of() : genotypes(p, where + ": reference '" + id + "'", markers, byName, problems);
            persons.add(new DviPerson(name.get(id), ped.sex(i), g));
            if (!ped.isFounder(i)) {
                for (int parent : new int[] {ped.father(i), ped.mother(i)}) {
                    DviPedigree.Relation r = new DviPedigree.Relation(name.get(ped.id(parent)), name.get(id));
                    all.add(r);
                    if (!missing.contains(id) && !missing.contains(ped.id(parent))) {
                        known.add(r);
                    }
                }
            }
        }
        return new DviFamily(f.name(), persons, List.of(new DviPedigree(FamiliasKinship.REFERENCE_PEDIGREE, known),
                new DviPedigree(PEDIGREE, all)));
    }

    private static Set<String> connected(Pedigree ped, Set<String> seeds) {
        Map<Integer, List<Integer>> links = new HashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            if (!ped.isFounder(i)) {
                for (int parent : new int[] {ped.father(i), ped.mother(i)}) {
                    links.computeIfAbsent(i, k -> new ArrayList<>()).add(parent);
                    links.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Set<String> seen = new HashSet<>(seeds);
        Deque<Integer> queue = new ArrayDeque<>();
        seeds.forEach(s -> queue.add(ped.indexOf(s)));
        while (!queue.isEmpty()) {
            for (int n : links.getOrDefault(queue.pop(), List.of())) {
                if (seen.add(ped.id(n))) {
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    private static List<FamGenotype> genotypes(Profile p, String who, List<Marker> markers, Map<String, Marker> byName,
                                               List<String> problems) {
        for (String marker : p.genotypes().keySet()) {
            if (!byName.containsKey(marker)) {
                problems.add(who + " is typed at " + marker + ", which is not among the markers");
            }
        }
        List<FamGenotype> out = new ArrayList<>();
        for (Marker m : markers) {
            AllelePair pair = p.genotype(m.name());
            if (pair == null) {
                continue;
            }
            for (String a : new String[] {pair.first(), pair.second()}) {
                if (m.alleleIndex(a) < 0) {
                    problems.add(who + " has allele '" + a + "' at " + m.name() + ", which is not in its frequency table");
                }
            }
            out.add(new FamGenotype(m.name(), pair.first(), pair.second()));
        }
        return out;
    }

    private static FamDatabase database(List<Marker> markers, List<String> problems) {
        List<FamLocus> loci = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Marker m : markers) {
            if (!names.add(m.name())) {
                problems.add("marker " + m.name() + " is listed twice");
            }
            checkName(m.name(), "marker", problems);
            Map<String, Double> alleles = new LinkedHashMap<>();
            for (int i = 0; i < m.alleleCount(); i++) {
                alleles.put(m.allele(i), m.frequency(i));
            }
            loci.add(new FamLocus(m.name(), mutation(m.femaleMutation(), m.name(), "female", problems),
                    mutation(m.maleMutation(), m.name(), "male", problems), alleles, false, 0, 0, 0, 0));
        }
        return new FamDatabase("Homeward", 0, loci);
    }

    /** The Familias code and parameters of a kinship mutation model. */
    static FamMutation mutation(MutationModel model, String marker, String sex, List<String> problems) {
        return switch (model.kind()) {
            case NONE -> new FamMutation(FamMutation.EQUAL, 0, DEFAULT_RANGE, 0);
            case EQUAL -> new FamMutation(FamMutation.EQUAL, model.rate(), DEFAULT_RANGE, 0);
            case PROPORTIONAL -> new FamMutation(FamMutation.PROPORTIONAL, model.rate(), DEFAULT_RANGE, 0);
            case STEPWISE -> model.rate2() == 0
                    ? new FamMutation(FamMutation.STEPWISE_UNSTATIONARY, model.rate(), model.range(), 0)
                    : new FamMutation(FamMutation.EXTENDED_STEPWISE, model.rate(), model.range(), model.rate2());
            case STATIONARY_STEPWISE -> new FamMutation(FamMutation.STEPWISE_STATIONARY, model.rate(), model.range(), model.rate2());
            case ONESTEP, CUSTOM -> {
                problems.add("marker " + marker + ": the " + sex + " mutation model is " + model.kind().name().toLowerCase(Locale.ROOT)
                        + ", which Familias cannot express (use stepwise, equal or proportional)");
                yield new FamMutation(FamMutation.EQUAL, 0, DEFAULT_RANGE, 0);
            }
        };
    }

    private static void checkName(String name, String what, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add("a " + what + " has no name");
        } else if (!name.equals(name.strip()) || name.contains("\n") || name.contains("\r")) {
            problems.add(what + " '" + name + "': names cannot start or end with spaces or hold line breaks in a Familias file");
        }
    }
}
