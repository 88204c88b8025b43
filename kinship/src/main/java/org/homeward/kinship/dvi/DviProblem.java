package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * A disaster-victim identification problem: the remains (victims) with their profiles and sex, the
 * reference families with their missing persons and typed relatives, and any non-DNA evidence.
 * Build one with {@link #of}, which checks everything and reports every problem at once.
 *
 * @param markers   the autosomal markers, with frequencies and mutation models
 * @param xMarkers  the X-linked markers (a man's one allele written twice in his profile), each taken as
 *                  independent of the others; how a sample's X genotypes are used is {@link XLinked}'s rule
 * @param victims   the remains, in the order results are reported
 * @param families  the reference families, in the order results are reported
 * @param evidence  non-DNA LRs for particular pairings (may be empty)
 */
public record DviProblem(List<Marker> markers, List<Marker> xMarkers, List<Victim> victims, List<Family> families, List<NonDnaLr> evidence) {

    /**
     * Remains: their profile (under a sample code), sex ({@link Sex#UNKNOWN} when not determined) and
     * observation model: null for a clean typing, else the dropout model of the sample's quality class,
     * under which the profile shows what survived (a homozygote: one allele shown) and every likelihood
     * sums over the true genotypes.
     */
    public record Victim(Profile profile, Sex sex, DropoutModel dropout) {
        /** A clean typing. */
        public Victim(Profile profile, Sex sex) {
            this(profile, sex, null);
        }

        public String id() {
            return profile.id();
        }
    }

    /**
     * A reference family.
     *
     * @param name           the family's name, unique in the problem
     * @param pedigree       the family pedigree, missing persons included (untyped)
     * @param missingPersons its missing persons' ids; unique across all families
     * @param references     the typed relatives' profiles by pedigree id
     */
    public record Family(String name, Pedigree pedigree, List<String> missingPersons, Map<String, Profile> references) {
        public Family {
            missingPersons = List.copyOf(missingPersons);
            references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        }
    }

    public DviProblem {
        markers = List.copyOf(markers);
        xMarkers = List.copyOf(xMarkers);
        victims = List.copyOf(victims);
        families = List.copyOf(families);
        evidence = List.copyOf(evidence);
    }

    /** A problem without non-DNA evidence; see {@link #of(List, List, List, List)}. */
    public static DviProblem of(List<Marker> markers, List<Victim> victims, List<Family> families) {
        return of(markers, victims, families, List.of());
    }

    /** A problem without X-linked markers; see {@link #of(List, List, List, List, List)}. */
    public static DviProblem of(List<Marker> markers, List<Victim> victims, List<Family> families, List<NonDnaLr> evidence) {
        return of(markers, List.of(), victims, families, evidence);
    }

    /**
     * Checks the problem and returns it.
     *
     * @throws KinshipInputException listing every problem: duplicate or unknown ids, markers listed twice,
     *                               alleles missing from a marker's table, typed missing persons, references
     *                               impossible on their pedigree (X-linked markers included), men showing two
     *                               alleles at an X-linked marker, malformed non-DNA LRs
     */
    public static DviProblem of(List<Marker> markers, List<Marker> xMarkers, List<Victim> victims, List<Family> families,
                                List<NonDnaLr> evidence) {
        List<String> problems = new ArrayList<>();
        Map<String, Marker> byName = new HashMap<>();
        XLinked x = new XLinked(xMarkers);
        for (Marker m : concat(markers, xMarkers)) {
            if (byName.putIfAbsent(m.name(), m) != null) {
                problems.add("marker " + m.name() + " is listed twice");
            }
        }
        Set<String> victimIds = new HashSet<>();
        for (Victim v : victims) {
            if (v == null || v.profile() == null) {
                problems.add("a victim has no profile");
                continue;
            }
            if (!victimIds.add(v.id())) {
                problems.add("victim '" + v.id() + "' is listed more than once");
            }
            if (v.sex() == null) {
                problems.add("victim '" + v.id() + "' has no sex (use UNKNOWN)");
            }
            if (checkAlleles("victim '" + v.id() + "'", v.profile(), byName, problems)) {
                collect(problems, () -> x.observations(v.profile(), v.sex(), "victim '" + v.id() + "'"));
            }
        }
        Set<String> familyNames = new HashSet<>();
        Set<String> missingIds = new HashSet<>();
        for (Family f : families) {
            String label = "family '" + f.name() + "'";
            if (!familyNames.add(f.name())) {
                problems.add(label + " is listed more than once");
            }
            if (f.missingPersons().isEmpty()) {
                problems.add(label + " has no missing person");
            }
            for (String m : f.missingPersons()) {
                if (f.pedigree().indexOf(m) < 0) {
                    problems.add(label + ": missing person '" + m + "' is not in its pedigree");
                } else if (!missingIds.add(m)) {
                    problems.add(label + ": missing person '" + m + "' appears twice (missing persons need ids unique across families)");
                }
                if (f.references().containsKey(m)) {
                    problems.add(label + ": missing person '" + m + "' is also a typed reference");
                }
            }
            boolean referencesKnown = true;
            for (Map.Entry<String, Profile> r : f.references().entrySet()) {
                if (f.pedigree().indexOf(r.getKey()) < 0) {
                    problems.add(label + ": reference '" + r.getKey() + "' is not in its pedigree");
                    referencesKnown = false;
                }
                referencesKnown &= checkAlleles(label + ": reference '" + r.getKey() + "'", r.getValue(), byName, problems);
            }
            if (referencesKnown && byName.size() == markers.size() + xMarkers.size()) {
                collect(problems, () -> x.impossible(f.pedigree(), f.references()).forEach(m -> problems.add(label
                        + ": the references' genotypes at the X-linked marker " + m + " are impossible on its pedigree under the marker's mutation model")));
                for (Marker m : markers) {
                    int[] g = Likelihoods.genotypeIndexes(f.pedigree(), m, f.references());
                    if (Likelihoods.logLikelihood(f.pedigree(), m, g) == Double.NEGATIVE_INFINITY) {
                        problems.add(label + ": the references' genotypes at " + m.name()
                                + " are impossible on its pedigree under the marker's mutation model");
                    }
                }
            }
        }
        Set<String> evidenceKeys = new HashSet<>();
        for (NonDnaLr e : evidence) {
            String label = "non-DNA LR (" + e.kind() + ") for " + e.victim() + " = " + e.missing();
            if (!victimIds.contains(e.victim())) {
                problems.add(label + ": no victim '" + e.victim() + "'");
            }
            if (!missingIds.contains(e.missing())) {
                problems.add(label + ": no missing person '" + e.missing() + "'");
            }
            if (e.kind() == null) {
                problems.add(label + ": no kind");
            }
            if (!(e.lr() >= 0) || Double.isInfinite(e.lr())) {
                problems.add(label + ": the LR must be finite and at least 0, got " + e.lr());
            }
            if (!evidenceKeys.add(e.victim() + "\u0000" + e.missing() + "\u0000" + e.kind())) {
                problems.add(label + " is given twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new DviProblem(markers, xMarkers, victims, families, evidence);
    }

    private static List<Marker> concat(List<Marker> a, List<Marker> b) {
        List<Marker> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Runs a check that reports by throwing, adding its problems to the list. */
    private static void collect(List<String> problems, Runnable check) {
        try {
            check.run();
        } catch (KinshipInputException e) {
            problems.addAll(e.problems());
        }
    }

    /** False (after recording why) when the profile names a marker or allele the problem has no frequency for. */
    private static boolean checkAlleles(String who, Profile profile, Map<String, Marker> markers, List<String> problems) {
        boolean ok = true;
        for (Map.Entry<String, AllelePair> g : profile.genotypes().entrySet()) {
            Marker m = markers.get(g.getKey());
            if (m == null) {
                problems.add(who + " is typed at " + g.getKey() + ", which has no frequencies");
                ok = false;
                continue;
            }
            for (String allele : new String[] {g.getValue().first(), g.getValue().second()}) {
                if (m.alleleIndex(allele) < 0) {
                    problems.add(who + " has allele '" + allele + "' at " + m.name() + ", which is not in its frequency table");
                    ok = false;
                }
            }
        }
        return ok;
    }
}
