package org.homeward.formats.familias;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.formats.common.ProblemLog;
import org.homeward.formats.common.ReadResult;
import org.homeward.formats.common.Strictness;
import org.homeward.formats.markers.MarkerNames;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * Converts Familias records into kinship objects. Marker names become canonical where known; a
 * name the database defines but Homeward does not know is kept, with a warning.
 *
 * <p>Mutation codes: 0 equal, 1 proportional, 2 stepwise unstationary (our STEPWISE with rate2 = 0),
 * 3 stationary stepwise (our STATIONARY_STEPWISE: the stepwise matrix with its rate2, PM-transformed),
 * 4 extended stepwise (our STEPWISE with its rate2); a rate of 0 means no mutation.
 *
 * <p>DVI families are read as the published DVI analysis reads them: of two pedigrees one named
 * "Reference pedigree", the other is used; only the part connected to typed references is kept;
 * missing persons are the members whose label starts with "Missing"; a person with no recorded sex
 * gets the opposite sex to a co-parent, else female; a child with one parent listed gets an untyped
 * founder ({@code added_k}) as the other; shared missing labels are renamed M1, M2, … in family order.
 */
public final class FamiliasKinship {

    /** Prefix of the untyped persons added to complete a pedigree, as in the published tools. */
    public static final String ADDED_PREFIX = "added_";
    static final String REFERENCE_PEDIGREE = "Reference pedigree";
    static final String MISSING_PREFIX = "Missing";

    private FamiliasKinship() { }

    /** The markers, pedigrees and profiles of a kinship (non-DVI) file. */
    public static ReadResult<FamiliasCase> kinshipCase(FamFile file, String source, Strictness strictness) {
        return new ProblemLog(source, strictness).run(log -> {
            Map<String, Marker> markers = markers(file.database(), log);
            Map<String, Pedigree> pedigrees = new LinkedHashMap<>();
            for (FamPedigree p : file.pedigrees()) {
                Pedigree built = pedigree(file, p, log);
                if (built != null) {
                    pedigrees.put(p.name(), built);
                }
            }
            Map<String, Profile> profiles = new LinkedHashMap<>();
            for (FamPerson person : file.persons()) {
                Profile profile = profile(person.name(), person.genotypes(), markers, log);
                if (!profile.genotypes().isEmpty()) {
                    profiles.put(person.name(), profile);
                }
            }
            return new FamiliasCase(List.copyOf(markers.values()), pedigrees, profiles);
        });
    }

    /** The victims and reference families of a DVI file. */
    public static ReadResult<DviCase> dviCase(FamFile file, String source, Strictness strictness) {
        return new ProblemLog(source, strictness).run(log -> {
            if (file.dvi().isEmpty()) {
                throw log.fatal(0, "[DVI]", "the file has no DVI section");
            }
            FamDvi dvi = file.dvi().get();
            Map<String, Marker> markers = markers(file.database(), log);
            List<DviCase.Victim> victims = new ArrayList<>();
            for (DviPerson v : dvi.unidentified()) {
                victims.add(new DviCase.Victim(profile(v.name(), v.genotypes(), markers, log), v.sex()));
            }
            List<FamilyDraft> drafts = new ArrayList<>();
            for (DviFamily f : dvi.families()) {
                FamilyDraft d = draft(f, markers, log);
                if (d != null) {
                    drafts.add(d);
                }
            }
            rename(drafts);
            List<DviCase.Family> families = new ArrayList<>();
            for (FamilyDraft d : drafts) {
                try {
                    families.add(d.build());
                } catch (KinshipInputException e) {
                    e.problems().forEach(p -> log.error(0, "family " + d.name, p));
                }
            }
            return new DviCase(List.copyOf(markers.values()), victims, families);
        });
    }

    /**
     * The kinship model of one sex's Familias mutation model, or null (after recording the problem)
     * when it cannot be computed.
     */
    static MutationModel mutationModel(FamMutation m, String locus, ProblemLog log) {
        if (m.code() == FamMutation.STEPWISE_UNSTATIONARY && m.rate2() != 0) {
            log.warning(0, "locus " + locus, "rate2 " + m.rate2() + " is ignored by the stepwise (unstationary) model");
        }
        try {
            return model(m);
        } catch (KinshipInputException e) {
            e.problems().forEach(p -> log.error(0, "locus " + locus, p));
            return null;
        }
    }

    /**
     * The kinship model of a Familias code: 0 equal, 1 proportional, 2 stepwise without rate2, 3 the
     * stepwise model with its rate2 made stationary (PM, as Familias and pedFamilias do), 4 the extended
     * stepwise model with its rate2. A rate of 0 (and no rate2 where it counts) means no mutation.
     */
    static MutationModel model(FamMutation m) {
        boolean usesRate2 = m.code() == FamMutation.EXTENDED_STEPWISE || m.code() == FamMutation.STEPWISE_STATIONARY;
        double rate2 = usesRate2 ? m.rate2() : 0;
        if (m.rate() == 0 && rate2 == 0) {
            return MutationModel.NONE;
        }
        return switch (m.code()) {
            case FamMutation.EQUAL -> MutationModel.equal(m.rate());
            case FamMutation.PROPORTIONAL -> MutationModel.proportional(m.rate());
            case FamMutation.STEPWISE_STATIONARY -> MutationModel.stationaryStepwise(m.rate(), m.range(), rate2);
            default -> MutationModel.stepwise(m.rate(), m.range(), rate2);
        };
    }

    /** Kinship markers by Familias locus name, in database order. */
    private static Map<String, Marker> markers(FamDatabase db, ProblemLog log) {
        Map<String, Marker> markers = new LinkedHashMap<>();
        Set<String> canonicalNames = new HashSet<>();
        for (FamLocus l : db.loci()) {
            String name = MarkerNames.canonical(l.name()).orElse(l.name());
            if (!MarkerNames.isKnown(l.name())) {
                log.warning(0, "locus " + l.name(), "marker name '" + l.name() + "' is not a known marker; it is kept as the file defines it");
            }
            if (!canonicalNames.add(name)) {
                log.error(0, "locus " + l.name(), "two loci are both marker " + name);
                continue;
            }
            MutationModel female = mutationModel(l.female(), l.name(), log);
            MutationModel male = mutationModel(l.male(), l.name(), log);
            if (female == null || male == null) {
                continue;
            }
            try {
                markers.put(l.name(), Marker.builder(name).alleles(l.alleles()).femaleMutation(female).maleMutation(male).build());
            } catch (KinshipInputException e) {
                e.problems().forEach(p -> log.error(0, "locus " + l.name(), p));
            }
        }
        return markers;
    }

    private static Profile profile(String person, List<FamGenotype> genotypes, Map<String, Marker> markers, ProblemLog log) {
        Profile.Builder b = Profile.builder(person);
        for (FamGenotype g : genotypes) {
            Marker m = markers.get(g.marker());
            if (m == null) {
                continue; // the locus itself was reported
            }
            if (g.allele1().equals(FamiliasReader.SILENT_ALLELE) || g.allele2().equals(FamiliasReader.SILENT_ALLELE)) {
                log.error(0, "genotype of " + person, person + " carries the silent allele at " + g.marker()
                        + ", which Homeward does not model");
                continue;
            }
            b.put(m.name(), new AllelePair(g.allele1(), g.allele2()));
        }
        return b.build();
    }

    private static Pedigree pedigree(FamFile file, FamPedigree p, ProblemLog log) {
        List<String> ids = new ArrayList<>();
        List<Sex> sex = new ArrayList<>();
        for (FamPerson person : file.persons()) {
            ids.add(person.name());
            sex.add(person.male() ? Sex.MALE : Sex.FEMALE);
        }
        Set<String> taken = new HashSet<>(ids);
        int[] counter = {0};
        addExtras(ids, sex, file.knownExtraFemales(), file.knownExtraMales(), taken, counter);
        addExtras(ids, sex, p.extraFemales(), p.extraMales(), taken, counter);
        String field = "pedigree " + p.name();
        Map<Integer, Integer> father = new HashMap<>();
        Map<Integer, Integer> mother = new HashMap<>();
        List<FamRelation> relations = new ArrayList<>(file.knownRelations());
        relations.addAll(p.relations());
        for (FamRelation r : relations) {
            if (r.direct()) {
                log.strictError(0, field, "persons " + ids.get(r.parent()) + " and " + ids.get(r.child())
                        + " are twins ('Direct'), which Homeward cannot compute; the pedigree is skipped");
                return null;
            }
            if (r.parent() >= ids.size() || r.child() >= ids.size()) {
                log.error(0, field, "a relation names person index " + Math.max(r.parent(), r.child())
                        + ", beyond the " + ids.size() + " persons of this pedigree");
                return null;
            }
            Map<Integer, Integer> slot = sex.get(r.parent()) == Sex.MALE ? father : mother;
            Integer before = slot.put(r.child(), r.parent());
            if (before != null && before != r.parent()) {
                log.error(0, field, ids.get(r.child()) + " has two " + (slot == father ? "fathers" : "mothers")
                        + ": " + ids.get(before) + " and " + ids.get(r.parent()));
                return null;
            }
        }
        Pedigree.Builder b = Pedigree.builder();
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            Integer f = father.get(i);
            Integer m = mother.get(i);
            if (f == null && m == null) {
                b.founder(ids.get(i), sex.get(i));
                continue;
            }
            String fa = f == null ? addFounder(b, Sex.MALE, taken, counter) : ids.get(f);
            String mo = m == null ? addFounder(b, Sex.FEMALE, taken, counter) : ids.get(m);
            b.child(ids.get(i), sex.get(i), fa, mo);
        }
        try {
            return b.build();
        } catch (KinshipInputException e) {
            e.problems().forEach(x -> log.error(0, field, x));
            return null;
        }
    }

    private static void addExtras(List<String> ids, List<Sex> sex, int females, int males, Set<String> taken, int[] counter) {
        for (int i = 0; i < females + males; i++) {
            ids.add(freshId(taken, counter));
            sex.add(i < females ? Sex.FEMALE : Sex.MALE);
        }
    }

    private static String addFounder(Pedigree.Builder b, Sex sex, Set<String> taken, int[] counter) {
        String id = freshId(taken, counter);
        b.founder(id, sex);
        return id;
    }

    private static String freshId(Set<String> taken, int[] counter) {
        String id;
        do {
            id = ADDED_PREFIX + ++counter[0];
        } while (!taken.add(id));
        return id;
    }

    /** A DVI family read but not yet built: missing persons may still be renamed. */
    private static final class FamilyDraft {
        final String name;
        final List<String> ids = new ArrayList<>();
        final Map<String, Sex> sex = new HashMap<>();
        final Map<String, String> father = new HashMap<>();
        final Map<String, String> mother = new HashMap<>();
        final List<String> missing = new ArrayList<>();
        final Map<String, Profile> references = new LinkedHashMap<>();
        final Map<String, String> rename = new HashMap<>();

        FamilyDraft(String name) {
            this.name = name;
        }

        String id(String label) {
            return rename.getOrDefault(label, label);
        }

        DviCase.Family build() {
            Pedigree.Builder b = Pedigree.builder();
            for (String p : ids) {
                if (father.containsKey(p)) {
                    b.child(id(p), sex.get(p), id(father.get(p)), id(mother.get(p)));
                } else {
                    b.founder(id(p), sex.get(p));
                }
            }
            Map<String, Profile> refs = new LinkedHashMap<>();
            references.forEach((label, profile) -> refs.put(id(label), new Profile(id(label), profile.genotypes())));
            return new DviCase.Family(name, b.build(), missing.stream().map(this::id).toList(), refs);
        }
    }

    private static FamilyDraft draft(DviFamily f, Map<String, Marker> markers, ProblemLog log) {
        String field = "family " + f.name();
        if (f.pedigrees().isEmpty()) {
            log.error(0, field, "the family has no pedigree");
            return null;
        }
        DviPedigree used = choosePedigree(f, log);
        Map<String, DviPerson> listed = new LinkedHashMap<>();
        f.persons().forEach(p -> listed.put(p.name(), p));
        Set<String> typed = new LinkedHashSet<>();
        for (DviPerson p : f.persons()) {
            if (!p.genotypes().isEmpty()) {
                typed.add(p.name());
            }
        }
        if (typed.isEmpty()) {
            log.warning(0, field, "the family has no typed reference; it is set aside");
            return null;
        }
        // Persons in order: the listed ones, then those named only in relations.
        Set<String> all = new LinkedHashSet<>(listed.keySet());
        Map<String, Set<String>> links = new HashMap<>();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (DviPedigree.Relation r : used.relations()) {
            all.add(r.parent());
            all.add(r.child());
            links.computeIfAbsent(r.parent(), k -> new HashSet<>()).add(r.child());
            links.computeIfAbsent(r.child(), k -> new HashSet<>()).add(r.parent());
            parents.computeIfAbsent(r.child(), k -> new ArrayList<>()).add(r.parent());
        }
        Set<String> kept = connected(typed, links);
        for (String p : all) {
            if (!kept.contains(p) && p.startsWith(MISSING_PREFIX)) {
                log.warning(0, field, "'" + p + "' is not connected to any typed reference; it is left out");
            }
        }
        Map<String, Sex> sex = sexes(all, listed, parents);
        FamilyDraft d = new FamilyDraft(f.name());
        int[] counter = {0};
        Set<String> taken = new HashSet<>(all);
        for (String p : all) {
            if (!kept.contains(p)) {
                continue;
            }
            d.ids.add(p);
            d.sex.put(p, sex.get(p));
            if (p.startsWith(MISSING_PREFIX)) {
                d.missing.add(p);
            }
            List<String> ps = parents.getOrDefault(p, List.of());
            if (ps.size() > 2) {
                log.error(0, field, "'" + p + "' has " + ps.size() + " parents in pedigree " + used.name());
                return null;
            }
            if (ps.isEmpty()) {
                continue;
            }
            String fa = null;
            String mo = null;
            for (String parent : ps) {
                if (sex.get(parent) == Sex.MALE && fa == null) {
                    fa = parent;
                } else if (sex.get(parent) != Sex.MALE && mo == null) {
                    mo = parent;
                } else {
                    log.error(0, field, "'" + p + "' has two parents of the same sex in pedigree " + used.name()
                            + ": " + String.join(" and ", ps));
                    return null;
                }
            }
            if (fa == null || mo == null) {
                String added = freshId(taken, counter);
                Sex addedSex = fa == null ? Sex.MALE : Sex.FEMALE;
                d.ids.add(added);
                d.sex.put(added, addedSex);
                if (fa == null) {
                    fa = added;
                } else {
                    mo = added;
                }
            }
            d.father.put(p, fa);
            d.mother.put(p, mo);
        }
        for (String p : typed) {
            if (d.missing.contains(p)) {
                log.error(0, field, "the missing person '" + p + "' is typed");
                return null;
            }
            d.references.put(p, profile(p, listed.get(p).genotypes(), markers, log));
        }
        return d;
    }

    private static DviPedigree choosePedigree(DviFamily f, ProblemLog log) {
        List<DviPedigree> peds = f.pedigrees();
        if (peds.size() == 1) {
            return peds.get(0);
        }
        List<DviPedigree> others = peds.stream().filter(p -> !p.name().equals(REFERENCE_PEDIGREE)).toList();
        DviPedigree used = others.isEmpty() ? peds.get(0) : others.get(0);
        if (!(peds.size() == 2 && others.size() == 1)) {
            log.warning(0, "family " + f.name(), "the family lists " + peds.size() + " pedigrees; '" + used.name()
                    + "' is used and the others are ignored");
        }
        return used;
    }

    /** Everyone linked by parent–child relations to one of the seeds, the seeds included. */
    private static Set<String> connected(Set<String> seeds, Map<String, Set<String>> links) {
        Set<String> seen = new HashSet<>(seeds);
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty()) {
            for (String n : links.getOrDefault(queue.pop(), Set.of())) {
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    /**
     * Recorded sexes, and for the others: a parent gets the opposite sex to a co-parent whose sex is
     * known, else female; a person who is no parent is female.
     */
    private static Map<String, Sex> sexes(Set<String> all, Map<String, DviPerson> listed, Map<String, List<String>> parents) {
        Map<String, Sex> sex = new HashMap<>();
        for (String p : all) {
            DviPerson d = listed.get(p);
            if (d != null && d.sex() != Sex.UNKNOWN) {
                sex.put(p, d.sex());
            }
        }
        Map<String, Set<String>> coParents = new LinkedHashMap<>();
        for (List<String> ps : parents.values()) {
            for (String a : ps) {
                Set<String> co = coParents.computeIfAbsent(a, k -> new LinkedHashSet<>());
                ps.stream().filter(b -> !b.equals(a)).forEach(co::add);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<String>> e : coParents.entrySet()) {
                if (sex.containsKey(e.getKey())) {
                    continue;
                }
                Sex known = e.getValue().stream().map(sex::get).filter(s -> s != null).findFirst().orElse(null);
                if (known != null) {
                    sex.put(e.getKey(), known == Sex.MALE ? Sex.FEMALE : Sex.MALE);
                    changed = true;
                }
            }
            if (!changed) {
                for (String p : coParents.keySet()) {
                    if (!sex.containsKey(p)) {
                        sex.put(p, Sex.FEMALE);
                        changed = true;
                        break;
                    }
                }
            }
        }
        all.forEach(p -> sex.putIfAbsent(p, Sex.FEMALE));
        return sex;
    }

    /** When families share a missing label, every missing person is renamed M1, M2, … in family order. */
    private static void rename(List<FamilyDraft> drafts) {
        Map<String, Integer> uses = new HashMap<>();
        drafts.forEach(d -> d.missing.forEach(m -> uses.merge(m, 1, Integer::sum)));
        if (uses.values().stream().noneMatch(n -> n > 1)) {
            return;
        }
        int k = 0;
        for (FamilyDraft d : drafts) {
            for (String m : d.missing) {
                d.rename.put(m, "M" + ++k);
            }
        }
    }
}
