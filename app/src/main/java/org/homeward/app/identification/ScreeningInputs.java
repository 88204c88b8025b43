package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.RemainsSampleSource.RemainsSample;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.genetics.GeneticProfile;
import org.homeward.app.genetics.SampleDropoutClasses;
import org.homeward.app.genetics.SampleKind;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.app.identification.ScreeningOutcome.Snapshot;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * What a run screens, read from the data: the profiles under consent (autosomal, X), the remains' sexes and dropout
 * classes, the families with typed references, and the fingerprints {@link ScreeningEngine#plan} compares with what
 * the runs have screened.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreeningInputs {

    private final GeneticData genetics;
    private final ObjectProvider<ReferenceFamilySource> families;
    private final ObjectProvider<RemainsSampleSource> remainsSamples;
    private final IdentificationProperties properties;
    private final LabFrequencies frequencies;
    private final SampleDropoutClasses dropoutClasses;

    /** Reads what matching may use now (needs IDENTIFICATION_RUN: the profiles under consent). */
    Snapshot read() {
        List<GeneticProfile> eligible = genetics.profilesEligibleForMatching();
        Map<String, Profile> remains = new LinkedHashMap<>();
        Map<String, Sex> amelogeninSex = new HashMap<>();
        Map<String, Profile> references = new HashMap<>();
        Map<String, Profile> xProfiles = new HashMap<>();
        Set<String> xOnlyRemains = new LinkedHashSet<>();
        Set<String> xOnlyReferences = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        for (GeneticProfile p : eligible) {
            Optional<Profile> screenable = KinshipInputs.screenable(p, refused);
            if (screenable.isEmpty()) {
                continue;
            }
            Profile profile = screenable.get();
            Profile x = KinshipInputs.xProfile(p);
            if (!x.genotypes().isEmpty()) {
                xProfiles.put(p.sampleCode(), x);
            }
            boolean typed = !profile.genotypes().isEmpty();
            if (!typed && !x.genotypes().isEmpty()) { // typed at X alone: screened on X by XScreening
                (p.kind() == SampleKind.REMAINS ? xOnlyRemains : xOnlyReferences).add(p.sampleCode());
            }
            if (p.kind() == SampleKind.REMAINS) {
                if (typed || !x.genotypes().isEmpty()) {
                    amelogeninSex.put(p.sampleCode(), KinshipInputs.amelogenin(p));
                }
                if (typed) {
                    remains.put(p.sampleCode(), profile);
                }
            } else if (typed) { // a relative typed only at lineage markers or X is no autosomal reference
                references.put(p.sampleCode(), profile);
            }
        }
        Map<String, RemainsSample> info = new HashMap<>();
        RemainsSampleSource source = remainsSamples.getIfAvailable();
        if (source != null && !amelogeninSex.isEmpty()) {
            source.remainsSamples(List.copyOf(amelogeninSex.keySet())).forEach(s -> info.put(s.sampleCode(), s));
        }
        Map<String, RemainsSex> sexes = new LinkedHashMap<>();
        Map<String, String> remainsFingerprints = new TreeMap<>();
        Map<String, DropoutClass> dropout = remains.isEmpty() ? Map.of() : dropoutClasses.forMatching(remains.keySet());
        if (!xOnlyRemains.isEmpty()) {
            // the X model has no dropout: a degraded sample typed at X alone is left out rather than computed as clean
            Set<String> degraded = new TreeSet<>(dropoutClasses.forMatching(xOnlyRemains).keySet());
            degraded.forEach(code -> refused.add("sample " + code + " not screened on its X-STRs alone: it has a dropout class,"
                    + " and the X-STR model has no dropout"));
            xOnlyRemains.removeAll(degraded);
            xOnlyRemains.forEach(code -> sexes.put(code, RemainsSex.of(info.get(code), amelogeninSex.get(code))));
        }
        remains.forEach((code, profile) -> {
            RemainsSex sex = RemainsSex.of(info.get(code), amelogeninSex.get(code));
            sexes.put(code, sex);
            // both sexes in the fingerprint: a new examination or lab result re-screens the sample with its sex's source;
            // and so does another dropout class or model
            String quality = dropout.containsKey(code)
                    ? "|dropout=" + dropout.get(code) + properties.dropout().model(dropout.get(code)).orElseThrow() : "";
            // and so do other X-STR genotypes
            String x = xProfiles.containsKey(code) ? "|X=" + xProfiles.get(code).genotypes() : "";
            remainsFingerprints.put(code, ScreeningEngine.fingerprint(profile.genotypes().toString() + "|" + sex + quality + x));
        });
        Map<String, Family> usable = new LinkedHashMap<>();
        Map<String, Family> xFamilies = new LinkedHashMap<>();
        Map<String, String> familyFingerprints = new TreeMap<>();
        List<String> withoutReferences = new ArrayList<>();
        ReferenceFamilySource familySource = families.getIfAvailable();
        String frequencyPrint = frequencies.inUse().fingerprint();
        for (Family f : familySource == null ? List.<Family>of() : familySource.referenceFamiliesForMatching()) {
            Map<String, String> xTyped = new TreeMap<>(f.referenceSamples());
            xTyped.values().removeIf(code -> !xProfiles.containsKey(code));
            if (!xTyped.isEmpty() && !f.missingPersons().isEmpty()) {
                xFamilies.put(f.familyId(), new Family(f.familyId(), f.pedigree(), f.missingPersons(), xTyped));
            }
            Map<String, String> typed = new TreeMap<>();
            f.referenceSamples().forEach((person, code) -> {
                if (references.containsKey(code)) {
                    typed.put(person, code);
                }
            });
            if (typed.isEmpty() || f.missingPersons().isEmpty()) {
                withoutReferences.add(f.familyId());
                continue;
            }
            Family screened = new Family(f.familyId(), f.pedigree(), f.missingPersons(), typed);
            usable.put(f.familyId(), screened);
            StringBuilder print = new StringBuilder(f.pedigree().toString()).append('|').append(f.missingPersons());
            print.append(properties.theta() > 0 ? "|θ=" + properties.theta() : ""); // another θ re-screens every family
            print.append(frequencyPrint.isEmpty() ? "" : "|frequencies=" + frequencyPrint); // and so does another frequency database
            typed.forEach((person, code) -> print.append('|').append(person).append('=').append(code).append(':')
                    .append(references.get(code).genotypes()).append(xProfiles.containsKey(code) ? "|X=" + xProfiles.get(code).genotypes() : ""));
            familyFingerprints.put(f.familyId(), ScreeningEngine.fingerprint(print.toString()));
        }
        Integer awaiting = null;
        if (source != null && source.samplesAwaitingProfiles().isPresent()) {
            awaiting = (int) source.samplesAwaitingProfiles().getAsLong();
        }
        boolean xOnly = !xOnlyRemains.isEmpty() || xFamilies.values().stream()
                .anyMatch(f -> f.referenceSamples().values().stream().anyMatch(xOnlyReferences::contains));
        return new Snapshot(remains, sexes, references, usable, remainsFingerprints, familyFingerprints, info, withoutReferences,
                awaiting, refused, dropout, xProfiles, xOnlyRemains, xFamilies,
                xOnly ? xOnlyFingerprints(xProfiles, sexes, xFamilies, frequencyPrint) : Map.of());
    }

    /**
     * The fingerprint of each item X-only pairs are screened from, by {@link XScreening#remainsItem} and
     * {@link XScreening#familyItem}: every X-typed remains (its sex and X genotypes) and family (its pedigree, missing
     * persons and X-typed relatives' genotypes), each with the frequencies. A changed or gone item re-screens them all
     * in a FULL run; a new one is screened in an INCREMENTAL run against the others.
     */
    private static Map<String, String> xOnlyFingerprints(Map<String, Profile> xProfiles, Map<String, RemainsSex> sexes,
                                                         Map<String, Family> xFamilies, String frequencyPrint) {
        Map<String, String> out = new TreeMap<>();
        sexes.forEach((code, sex) -> {
            if (xProfiles.containsKey(code)) {
                out.put(XScreening.remainsItem(code), ScreeningEngine.fingerprint(sex + "|" + xProfiles.get(code).genotypes()
                        + "|frequencies=" + frequencyPrint));
            }
        });
        xFamilies.values().forEach(f -> {
            StringBuilder print = new StringBuilder(f.pedigree().toString()).append('|').append(f.missingPersons());
            f.referenceSamples().forEach((person, code) -> print.append('|').append(person).append('=').append(code).append(':')
                    .append(xProfiles.get(code).genotypes()));
            out.put(XScreening.familyItem(f.familyId()), ScreeningEngine.fingerprint(print.append("|frequencies=").append(frequencyPrint)
                    .toString()));
        });
        return out;
    }
}
