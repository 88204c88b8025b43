package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.app.frequencies.FrequenciesInUse;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.store.CandidateEvidenceStore;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.screen.XStrEvidence;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * X-STR evidence in a run, pair by pair after the autosomal screening (the screening kernel is not
 * touched): for each candidate whose remains and some typed relative share typed X-STRs with X
 * frequencies in use, the kinship library's exact X-linked LR, one marker per linkage group
 * ({@link XStrEvidence}, which {@code homeward screen} uses too). The remains' sex ({@link RemainsSex})
 * decides whether they carry one allele or two, and must be the missing person's.
 * Mutation is the autosomal stepwise model with the configured rates; θ is not applied to X (the library
 * defines θ for autosomal markers only); a remains sample with a dropout class gets no X part.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class XScreening {

    private final LabFrequencies frequencies;
    private final IdentificationProperties properties;
    private final CandidateEvidenceStore store;

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
        outcome.candidates().stream().filter(f -> f.x() != null).forEach(f -> store.insertX(runId, f));
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
     * The X part of one pair ({@link XStrEvidence#of}: one marker per linkage group), or empty when there is none.
     *
     * @throws KinshipInputException when the genotypes contradict the sexes (a man with two alleles) or the pedigree
     */
    Optional<CandidateX> evidence(Pedigree pedigree, String missing, Map<String, Profile> relatives, Profile remainsX, Sex remainsSex,
                                  Map<String, Marker> markers, double beforeLog10Lr, String database) {
        return XStrEvidence.of(pedigree, missing, relatives, remainsX, remainsSex, markers, properties.rareAlleleFrequency())
                .map(r -> new CandidateX(beforeLog10Lr, r.log10Lr(), remainsSex,
                        r.units().stream().map(u -> new CandidateX.Unit(u.linkageGroup(), u.marker(), u.lr())).toList(),
                        r.relatives(), database));
    }

    /**
     * The X markers a family's joint analysis or advice uses: per linkage group the first a relative of known sex is
     * typed at ({@link XStrEvidence#oneMarkerPerGroup}), each with the alleles of the relatives and {@code others} the database
     * lacks added at the rare-allele frequency.
     *
     * @param relatives the typed relatives' X genotypes by pedigree id
     */
    static List<Marker> familyMarkers(Map<String, Marker> markers, Pedigree pedigree, Map<String, Profile> relatives,
                                      Collection<Profile> others, double rareAlleleFrequency) {
        List<Profile> known = relatives.entrySet().stream().filter(e -> pedigree.sex(pedigree.require(e.getKey())) != Sex.UNKNOWN)
                .map(Map.Entry::getValue).toList();
        List<Marker> out = new ArrayList<>();
        for (String name : XStrEvidence.oneMarkerPerGroup(markers, n -> known.stream().anyMatch(p -> p.genotypes().containsKey(n))).keySet()) {
            List<String> seen = new ArrayList<>();
            for (Profile p : concat(relatives.values(), others)) {
                Optional.ofNullable(p.genotypes().get(name)).ifPresent(g -> seen.addAll(List.of(g.first(), g.second())));
            }
            out.add(XStrEvidence.withRare(markers.get(name), seen, rareAlleleFrequency));
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
}
