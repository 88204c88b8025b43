package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.frequencies.FrequenciesInUse;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ReferenceFamilySource.MissingPerson;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.store.CandidateEvidenceStore;
import org.homeward.app.identification.store.IdentificationStore;
import org.homeward.formats.frequencies.FrequencyTable;
import org.homeward.kinship.AllelePair;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.screen.Candidate;
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
 *
 * <p>X-only pairs, which the autosomal screening cannot see (remains typed at X alone, e.g. a degraded bone where
 * only an X kit worked, or a family whose relatives are typed at X alone), are screened too: every X-typed remains
 * against every family with an X-typed relative, proposed when the X LR (times the lineage LR, when lineage found the
 * pair) reaches the candidate threshold; a pair lineage found below the threshold is proposed when its lineage LR times
 * its X LR reaches it. They are compared with every family, not looked up in an index. Their inputs are fingerprinted
 * item by item ({@link ScreeningOutcome.Snapshot#xOnlyFingerprints}): a changed or gone item makes the run FULL, which
 * compares every pair; an INCREMENTAL run compares only the pairs of the new X-typed remains and families ({@link Plan}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class XScreening {

    /** The kind of the run fingerprints of the X-only pairs' inputs. */
    static final String X_ONLY = "X_ONLY";

    /**
     * What a run must do for the X-only pairs: all of them again when an item screened before changed or went, else
     * the pairs of the new items ({@link #remainsItem}, {@link #familyItem}; none: nothing to do).
     */
    record Plan(boolean changed, Set<String> newItems) {
        boolean nothingNew() {
            return newItems.isEmpty();
        }
    }

    private final LabFrequencies frequencies;
    private final IdentificationProperties properties;
    private final CandidateEvidenceStore store;
    private final IdentificationStore runs;

    /** The X-only pairs' plan, from their items' fingerprints now and when the runs screened them. */
    Plan plan(ScreeningOutcome.Snapshot now, Map<String, Map<String, String>> screened) {
        Map<String, String> before = screened.getOrDefault(X_ONLY, Map.of());
        Set<String> newItems = new LinkedHashSet<>(now.xOnlyFingerprints().keySet());
        newItems.removeAll(before.keySet());
        return new Plan(ScreeningEngine.changedOrGone(before, now.xOnlyFingerprints()), newItems);
    }

    /** The item of an X-typed remains sample's fingerprint. */
    static String remainsItem(String sampleCode) {
        return "remains " + sampleCode;
    }

    /** The item of an X-typed family's fingerprint. */
    static String familyItem(String familyId) {
        return "family " + familyId;
    }

    /**
     * The outcome with each candidate's X part, where there is one, the pairs lineage found below the candidate threshold
     * whose X LR lifts the combined LR to it, and the X-only candidates; pairs the library refuses are noted.
     *
     * @param belowThreshold pairs lineage found below the threshold, typed at X on both sides ({@link LineageScreening.Applied})
     * @param plan           which X-only pairs an INCREMENTAL run compares
     */
    ScreeningOutcome apply(ScreeningOutcome outcome, List<Found> belowThreshold, Plan plan) {
        FrequenciesInUse inUse = frequencies.inUse();
        Map<String, Marker> markers = markers(inUse, properties);
        ScreeningOutcome.Snapshot s = outcome.snapshot();
        if (markers.isEmpty() || s.xProfiles().isEmpty()) {
            return outcome;
        }
        List<String> notes = new ArrayList<>(outcome.notes());
        List<Found> found = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (Found f : outcome.candidates()) {
            pairs.add(pair(f.candidate()));
            found.add(withX(s, f, markers, inUse.label(), notes).orElse(f));
        }
        for (Found f : belowThreshold) {
            pairs.add(pair(f.candidate())); // its lineage part is known: never compared on X alone
            withX(s, f, markers, inUse.label(), notes).filter(x -> x.candidate().log10Lr() >= Math.log10(properties.minLr()))
                    .ifPresent(found::add);
        }
        found.addAll(xOnly(outcome, plan, markers, inUse.label(), pairs, notes));
        return outcome.with(found, notes);
    }

    /**
     * The pairs without autosomal evidence (the remains or the family untyped autosomally) that lineage did not find,
     * whose X LR reaches the candidate threshold: all in a FULL run, the newcomers' in an INCREMENTAL one.
     */
    private List<Found> xOnly(ScreeningOutcome outcome, Plan plan, Map<String, Marker> markers, String database, Set<String> pairs,
                              List<String> notes) {
        ScreeningOutcome.Snapshot s = outcome.snapshot();
        Set<String> remains = new LinkedHashSet<>(s.xOnlyRemains());
        s.remains().keySet().stream().filter(s.xProfiles()::containsKey).forEach(remains::add);
        double prior = outcome.prior(properties.prior());
        boolean full = outcome.kind() == RunKind.FULL;
        // an INCREMENTAL run compares new remains with every family and the others with the new families only
        List<Family> newFamilies = s.xFamilies().values().stream().filter(f -> plan.newItems().contains(familyItem(f.familyId()))).toList();
        List<Found> found = new ArrayList<>();
        for (String code : remains) {
            for (Family family : full || plan.newItems().contains(remainsItem(code)) ? s.xFamilies().values() : newFamilies) {
                if (s.remains().containsKey(code) && s.families().containsKey(family.familyId())) {
                    continue; // typed autosomally on both sides: screened by the kernel
                }
                for (MissingPerson mp : family.missingPersons()) {
                    if (!pairs.add(pair(code, family.familyId(), mp.pedigreeId()))) {
                        continue;
                    }
                    RemainsSex sex = s.remainsSex().get(code);
                    evidence(s, code, family, mp.pedigreeId(), sex, markers, 0, false, database, notes)
                            .filter(x -> x.combinedLog10Lr() >= Math.log10(properties.minLr()))
                            .ifPresent(x -> found.add(Found.withoutAutosomal(code, family, mp, sex, s.remainsInfo().get(code), prior,
                                    family.referenceSamples()).withX(x)));
                }
            }
        }
        return found;
    }

    /**
     * The X part of one pair from the snapshot: empty when the remains or the family's relatives are untyped at X, or the
     * remains have a dropout class; a pair the library refuses is noted.
     */
    private Optional<CandidateX> evidence(ScreeningOutcome.Snapshot s, String remains, Family family, String missing, RemainsSex sex,
                                          Map<String, Marker> markers, double beforeLog10Lr, boolean beforeTyped, String database,
                                          List<String> notes) {
        Profile remainsX = s.xProfiles().get(remains);
        if (family == null || remainsX == null || s.dropoutClass(remains) != DropoutClass.NONE) {
            return Optional.empty();
        }
        Map<String, Profile> relatives = new LinkedHashMap<>();
        family.referenceSamples().forEach((person, code) -> relatives.put(person, s.xProfiles().get(code)));
        try {
            return evidence(family.pedigree(), missing, relatives, remainsX, sex.sex(), markers, beforeLog10Lr, beforeTyped, database);
        } catch (KinshipInputException e) {
            notes.add("remains " + remains + ", family " + family.familyId() + ": no X-STR evidence: " + String.join("; ", e.problems()));
            return Optional.empty();
        }
    }

    /** The candidate with its X part (its LR so far times the X LR), or empty when the pair has none. */
    private Optional<Found> withX(ScreeningOutcome.Snapshot s, Found f, Map<String, Marker> markers, String database, List<String> notes) {
        Candidate c = f.candidate();
        return evidence(s, c.remainsId(), s.xFamilies().get(c.familyId()), c.missingPerson(), f.remainsSex(), markers, c.log10Lr(), true,
                database, notes).map(f::withX);
    }

    private static String pair(Candidate c) {
        return pair(c.remainsId(), c.familyId(), c.missingPerson());
    }

    private static String pair(String remains, String familyId, String missingPerson) {
        return remains + '\u0000' + familyId + '\u0000' + missingPerson;
    }

    /**
     * Stores the X parts of the run's candidates and the fingerprints of the X-only pairs' inputs it screened: every
     * item after a FULL run (which cleared them), the new ones after an INCREMENTAL run.
     */
    void record(long runId, ScreeningOutcome outcome, Plan plan) {
        outcome.candidates().stream().filter(f -> f.x() != null).forEach(f -> store.insertX(runId, f));
        outcome.snapshot().xOnlyFingerprints().forEach((item, print) -> {
            if (outcome.kind() == RunKind.FULL || plan.newItems().contains(item)) {
                runs.screened(X_ONLY, item, print, runId);
            }
        });
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
                                  Map<String, Marker> markers, double beforeLog10Lr, boolean beforeTyped, String database) {
        return XStrEvidence.of(pedigree, missing, relatives, remainsX, remainsSex, markers, properties.rareAlleleFrequency())
                .map(r -> new CandidateX(beforeLog10Lr, beforeTyped, r.log10Lr(), remainsSex,
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
