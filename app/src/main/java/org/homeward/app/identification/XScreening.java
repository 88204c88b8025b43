package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.homeward.app.frequencies.FrequenciesInUse;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.store.CandidateXStore;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.LrResult;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * X-STR evidence in a run, pair by pair after the autosomal screening (the screening kernel is not
 * touched): for each candidate whose remains and some typed relative share typed X-STRs with X
 * frequencies in use, the kinship library's exact X-linked LR ({@link Hypothesis#missingPersonLr}: a
 * man carries one X, a father passes his to every daughter and none to a son). The remains' sex
 * ({@link RemainsSex}) decides whether they carry one allele or two, and must be the missing person's.
 *
 * <p>Argus X-12's twelve markers lie in four clusters of three tightly linked markers, so markers of a
 * cluster are not independent; the clusters are taken as independent. Per cluster one marker is used:
 * the first of the cluster's order ({@link #LINKAGE_GROUPS}, most polymorphic first) that the database
 * holds and the remains and a relative are typed at. The choice follows only what is typed, never the LR.
 * Mutation is the autosomal stepwise model with the configured rates; θ is not applied to X (the library
 * defines θ for autosomal markers only); a remains sample with a dropout class gets no X part.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class XScreening {

    /** Argus X-12's linkage groups, each in the order its markers are tried: the most polymorphic first. */
    static final Map<String, List<String>> LINKAGE_GROUPS = Map.of(
            "LG1", List.of("DXS10135", "DXS10148", "DXS8378"),
            "LG2", List.of("DXS10074", "DXS10079", "DXS7132"),
            "LG3", List.of("DXS10101", "DXS10103", "HPRTB"),
            "LG4", List.of("DXS10146", "DXS10134", "DXS7423"));

    private final LabFrequencies frequencies;
    private final IdentificationProperties properties;
    private final CandidateXStore store;

    /** The outcome with each candidate's X part, where there is one; pairs the library refuses are noted. */
    ScreeningOutcome apply(ScreeningOutcome outcome) {
        FrequenciesInUse inUse = frequencies.inUse();
        Map<String, Marker> markers = markers(inUse, properties);
        ScreeningOutcome.Snapshot s = outcome.snapshot();
        if (markers.isEmpty() || s.xProfiles().isEmpty()) {
            return outcome;
        }
        List<String> notes = new ArrayList<>(outcome.notes());
        List<Found> found = new ArrayList<>();
        for (Found f : outcome.candidates()) {
            String remains = f.candidate().remainsId();
            Family family = s.families().get(f.candidate().familyId());
            Profile remainsX = s.xProfiles().get(remains);
            if (family == null || remainsX == null || s.dropoutClass(remains) != DropoutClass.NONE) {
                found.add(f);
                continue;
            }
            Map<String, Profile> relatives = new LinkedHashMap<>();
            family.referenceSamples().forEach((person, code) -> Optional.ofNullable(s.xProfiles().get(code))
                    .ifPresent(p -> relatives.put(person, p)));
            try {
                found.add(evidence(family.pedigree(), f.candidate().missingPerson(), relatives, remainsX, f.remainsSex().sex(), markers,
                        f.candidate().log10Lr(), inUse.label()).map(f::withX).orElse(f));
            } catch (KinshipInputException e) {
                notes.add("remains " + remains + ", family " + family.familyId() + ": no X-STR evidence: " + String.join("; ", e.problems()));
                found.add(f);
            }
        }
        return new ScreeningOutcome(outcome.kind(), s, outcome.newFamilies(), outcome.newRemains(), outcome.markers(),
                outcome.pairsScreened(), outcome.priorRule(), found, outcome.directMatches(), outcome.dvi(), notes);
    }

    /** Stores the X parts of the run's candidates. */
    void record(long runId, ScreeningOutcome outcome) {
        outcome.candidates().stream().filter(f -> f.x() != null).forEach(f -> store.insert(runId, f));
    }

    /** The X markers of the database in use, with the configured stepwise mutation, by name. */
    static Map<String, Marker> markers(FrequenciesInUse inUse, IdentificationProperties properties) {
        Map<String, Marker> out = new LinkedHashMap<>();
        new FrequencyTable(inUse.table().name(), inUse.xLinked())
                .toMarkers(MutationModel.stepwise(properties.femaleMutationRate(), properties.mutationRange(), 1e-6),
                        MutationModel.stepwise(properties.maleMutationRate(), properties.mutationRange(), 1e-6))
                .forEach(m -> out.put(m.name(), m));
        return out;
    }

    /**
     * The X part of one pair, or empty when no linkage group has a marker typed in the remains and a relative, or the
     * remains' sex is unknown or not the missing person's. An allele the database lacks is added at the rare-allele frequency.
     *
     * @param relatives    the typed relatives' X genotypes by pedigree id (a man's one allele stored twice)
     * @param remainsX     the remains' X genotypes
     * @throws KinshipInputException when the genotypes contradict the sexes (a man with two alleles) or the pedigree
     */
    Optional<CandidateX> evidence(Pedigree pedigree, String missing, Map<String, Profile> relatives, Profile remainsX, Sex remainsSex,
                                  Map<String, Marker> markers, double beforeLog10Lr, String database) {
        if (remainsSex == Sex.UNKNOWN || remainsSex != pedigree.sex(pedigree.require(missing))) {
            return Optional.empty();
        }
        List<InheritanceUnit> units = new ArrayList<>();
        Map<String, Map<String, Observation>> references = new LinkedHashMap<>();
        Map<String, Observation> remains = new LinkedHashMap<>();
        TreeSet<String> used = new TreeSet<>();
        // a relative of unknown sex cannot be placed on X: one allele or two
        Function<String, List<String>> typedAt = name -> relatives.entrySet().stream()
                .filter(e -> e.getValue().genotypes().containsKey(name) && pedigree.sex(pedigree.require(e.getKey())) != Sex.UNKNOWN)
                .map(Map.Entry::getKey).toList();
        Map<String, String> groupOf = oneMarkerPerGroup(markers, name -> remainsX.genotypes().containsKey(name) && !typedAt.apply(name).isEmpty());
        for (String name : groupOf.keySet()) {
            AllelePair shown = remainsX.genotypes().get(name);
            List<String> seen = new ArrayList<>(List.of(shown.first(), shown.second()));
            remains.put(name, observation("the remains", remainsSex, name, shown));
            for (String person : typedAt.apply(name)) {
                AllelePair g = relatives.get(person).genotypes().get(name);
                seen.add(g.first());
                seen.add(g.second());
                references.computeIfAbsent(person, p -> new LinkedHashMap<>())
                        .put(name, observation("relative " + person, pedigree.sex(pedigree.require(person)), name, g));
                used.add(person);
            }
            units.add(InheritanceUnit.of(withRare(markers.get(name), seen, properties.rareAlleleFrequency()), Chromosome.X));
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        LrResult lr = Hypothesis.of(pedigree).missingPersonLr(missing, units, references, remains, 0);
        List<CandidateX.Unit> parts = new ArrayList<>();
        groupOf.forEach((name, group) -> parts.add(new CandidateX.Unit(group, name, lr.perMarker().get(name))));
        return Optional.of(new CandidateX(beforeLog10Lr, lr.log10Lr(), remainsSex, parts, List.copyOf(used), database));
    }

    /**
     * Per linkage group (in group order) the first of its markers, in the group's order, that the database holds and
     * {@code typed} accepts: one marker per group, chosen from what is typed, never from an LR.
     */
    static Map<String, String> oneMarkerPerGroup(Map<String, Marker> markers, Predicate<String> typed) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String group : new TreeSet<>(LINKAGE_GROUPS.keySet())) {
            LINKAGE_GROUPS.get(group).stream().filter(name -> markers.containsKey(name) && typed.test(name)).findFirst()
                    .ifPresent(name -> out.put(name, group));
        }
        return out;
    }

    /**
     * The X markers a family's joint analysis or advice uses: per linkage group the first a relative of known sex is
     * typed at ({@link #oneMarkerPerGroup}), each with the alleles of the relatives and {@code others} the database
     * lacks added at the rare-allele frequency.
     *
     * @param relatives the typed relatives' X genotypes by pedigree id
     */
    static List<Marker> familyMarkers(Map<String, Marker> markers, Pedigree pedigree, Map<String, Profile> relatives,
                                      Collection<Profile> others, double rareAlleleFrequency) {
        List<Profile> known = relatives.entrySet().stream().filter(e -> pedigree.sex(pedigree.require(e.getKey())) != Sex.UNKNOWN)
                .map(Map.Entry::getValue).toList();
        List<Marker> out = new ArrayList<>();
        for (String name : oneMarkerPerGroup(markers, n -> known.stream().anyMatch(p -> p.genotypes().containsKey(n))).keySet()) {
            List<String> seen = new ArrayList<>();
            for (Profile p : concat(relatives.values(), others)) {
                Optional.ofNullable(p.genotypes().get(name)).ifPresent(g -> seen.addAll(List.of(g.first(), g.second())));
            }
            out.add(withRare(markers.get(name), seen, rareAlleleFrequency));
        }
        return out;
    }

    /** The autosomal profile with the X genotypes (if any) at the given markers added. */
    static Profile withX(Profile autosomal, Profile x, List<Marker> markers) {
        if (x == null || markers.isEmpty()) {
            return autosomal;
        }
        Map<String, AllelePair> all = new LinkedHashMap<>(autosomal.genotypes());
        markers.forEach(m -> Optional.ofNullable(x.genotypes().get(m.name())).ifPresent(g -> all.put(m.name(), g)));
        return new Profile(autosomal.id(), all);
    }

    private static List<Profile> concat(Collection<Profile> a, Collection<Profile> b) {
        List<Profile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The marker with the alleles seen that it lacks added at the rare-allele frequency. */
    private static Marker withRare(Marker marker, List<String> seen, double frequency) {
        List<String> rare = seen.stream().distinct().filter(a -> marker.alleleIndex(a) < 0).toList();
        return rare.isEmpty() ? marker : marker.withRareAlleles(rare, frequency);
    }

    /** A man's X genotype is one allele (stored twice); two different alleles contradict his sex. */
    private static Observation observation(String who, Sex sex, String marker, AllelePair g) {
        if (sex == Sex.MALE) {
            if (!g.first().equals(g.second())) {
                throw new KinshipInputException(who + " is a man but shows two alleles (" + g.first() + ", " + g.second()
                        + ") at the X-linked marker " + marker);
            }
            return Observation.hemizygous(g.first());
        }
        return Observation.pair(g.first(), g.second());
    }
}
