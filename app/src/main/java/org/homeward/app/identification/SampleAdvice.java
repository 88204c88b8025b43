package org.homeward.app.identification;

import static org.homeward.app.security.Permission.MISSING_READ;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.app.genetics.GeneticData;
import org.homeward.app.genetics.GeneticProfile;
import org.homeward.app.registry.Families;
import org.homeward.app.registry.FamilyReferences;
import org.homeward.app.registry.KinPath;
import org.homeward.app.registry.MissingPerson;
import org.homeward.app.security.RequiresPermission;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;
import org.homeward.kinship.dvi.DviProblem;
import org.homeward.kinship.dvi.FamilyAdvice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Whose sample to ask a family for: how well its references can identify each of its missing persons,
 * and, for every person of the pedigree who has not given a sample, the expected LR if they did, best
 * first. Computed inside from the family's reference profiles (one audited read, {@link
 * GeneticData#referenceProfilesForAdvice}), X-STRs included where the references are typed at them (one marker per
 * linkage group, {@link XScreening#familyMarkers}; a relative asked for is assumed typed at those too); what comes out names relatives by how they are related
 * ({@link KinPath}), never by sample code, and holds no genotype, so liaison officers may read it.
 *
 * <p>The simulation takes about a second per family, so each family's advice is kept (in memory, the
 * {@value #CACHED_FAMILIES} families last asked for) under the fingerprint of everything it is computed from: the
 * model (frequency database, mutation rates and range, rare-allele frequency, review LR, simulations and seed) and
 * the inputs (the family as registered, its pedigree, its typed relatives' autosomal and X genotypes). A page asked
 * for again with nothing changed reads the kept advice; any change of those gives another fingerprint and computes
 * anew. The profiles are still read (and audited) on every request: the fingerprint is taken from them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SampleAdvice {

    /** Simulated true remains per missing person; seeded so that a page reads the same twice. */
    static final int SIMULATIONS = 2000;
    static final long SEED = 20251121L;
    /** How many families' advice is kept, the least recently asked for dropped first. */
    static final int CACHED_FAMILIES = 256;

    private final Families families;
    private final GeneticData genetics;
    private final ScreeningEngine engine;
    private final IdentificationProperties properties;
    private final LabFrequencies frequencies;
    private final AtomicLong computations = new AtomicLong();
    private final Map<Long, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > CACHED_FAMILIES;
        }
    });

    /** A family's advice and the fingerprint of what it was computed from. */
    private record Kept(String fingerprint, List<ForMissingPerson> advice) { }

    /**
     * The advice for one missing person.
     *
     * @param power what the references give now: the distribution of the LR the true remains would give
     * @param asks  every person of the pedigree without a sample, the one who would add most first
     * @param xMarkers the X-STRs counted (0: the references are typed at none, or the missing person's sex is unknown)
     */
    public record ForMissingPerson(MissingPerson missingPerson, FamilyAdvice.Power power, List<Ask> asks, int xMarkers) {
        public ForMissingPerson {
            asks = List.copyOf(asks);
        }
    }

    /**
     * A person whose sample would help.
     *
     * @param path how they are related (null for a person the family's statements do not reach)
     */
    public record Ask(KinPath path, double expectedLog10Lr, double expectedGain) {
    }

    /** The family's advice, per missing person; empty when the family has no usable reference or no pedigree. */
    @Transactional
    @RequiresPermission(MISSING_READ)
    public List<ForMissingPerson> forFamily(long familyId) {
        Optional<FamilyReferences> found = families.referencesForAdvice(familyId);
        if (found.isEmpty() || found.get().sampleCodes().isEmpty()) {
            return List.of();
        }
        FamilyReferences family = found.get();
        Map<String, Profile> byCode = new LinkedHashMap<>();
        Map<String, Profile> xByCode = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (GeneticProfile stored : genetics.referenceProfilesForAdvice(family.sampleCodes().values())) {
            KinshipInputs.screenable(stored, refused).ifPresent(p -> byCode.put(stored.sampleCode(), p));
            Profile x = KinshipInputs.xProfile(stored);
            if (!x.genotypes().isEmpty()) {
                xByCode.put(stored.sampleCode(), x);
            }
        }
        Map<String, Profile> autosomal = new LinkedHashMap<>();
        Map<String, Profile> referencesX = new LinkedHashMap<>();
        family.sampleCodes().forEach((person, code) -> {
            if (byCode.containsKey(code)) {
                autosomal.put(person, byCode.get(code));
                Optional.ofNullable(xByCode.get(code)).ifPresent(x -> referencesX.put(person, x));
            }
        });
        List<Marker> xMarkers = XScreening.familyMarkers(XScreening.markers(frequencies.inUse(), properties), family.pedigree(),
                referencesX, List.of(), properties.rareAlleleFrequency());
        Map<String, Profile> references = new LinkedHashMap<>();
        autosomal.forEach((person, p) -> {
            Profile withX = XScreening.withX(p, referencesX.get(person), xMarkers);
            if (!withX.genotypes().isEmpty()) {
                references.put(person, withX);
            }
        });
        if (references.isEmpty()) {
            return List.of();
        }
        String fingerprint = fingerprint(family, references);
        Kept cached = kept.get(familyId);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.advice();
        }
        List<ForMissingPerson> advice = compute(familyId, family, autosomal, references, xMarkers);
        kept.put(familyId, new Kept(fingerprint, advice));
        return advice;
    }

    /** How many advices were computed rather than read from those kept: for the log and the tests of the cache. */
    long computations() {
        return computations.get();
    }

    private List<ForMissingPerson> compute(long familyId, FamilyReferences family, Map<String, Profile> autosomal,
                                           Map<String, Profile> references, List<Marker> xMarkers) {
        computations.incrementAndGet();
        List<Marker> markers = engine.markersFor(autosomal.values().stream().filter(p -> !p.genotypes().isEmpty()).toList()).markers();
        List<MissingPerson> missing = family.family().missingPersons().stream().filter(p -> family.pedigree().indexOf(p.id()) >= 0).toList();
        DviProblem.Family dviFamily = new DviProblem.Family(Long.toString(familyId), family.pedigree(),
                missing.stream().map(MissingPerson::id).toList(), references);
        List<ForMissingPerson> advice = new ArrayList<>();
        for (MissingPerson person : missing) {
            FamilyAdvice a = FamilyAdvice.assess(markers, xMarkers, dviFamily, person.id(), SIMULATIONS, SEED, properties.reviewLr());
            boolean xCounted = family.pedigree().sex(family.pedigree().require(person.id())) != Sex.UNKNOWN;
            advice.add(new ForMissingPerson(person, a.power(), a.additionalRelatives().stream()
                    .map(g -> new Ask(KinPath.of(family.family(), family.pedigree(), g.relative()), g.expectedLog10Lr(), g.expectedGain()))
                    .toList(), xCounted ? xMarkers.size() : 0));
        }
        return List.copyOf(advice);
    }

    /** The model and the inputs the family's advice is computed from ({@link ScreeningEngine#fingerprint}). */
    private String fingerprint(FamilyReferences family, Map<String, Profile> references) {
        StringBuilder text = new StringBuilder();
        text.append("frequencies=").append(frequencies.inUse().label()).append('|').append(frequencies.inUse().fingerprint())
                .append("|mutation=").append(properties.femaleMutationRate()).append(',').append(properties.maleMutationRate())
                .append(',').append(properties.mutationRange()).append("|rare=").append(properties.rareAlleleFrequency())
                .append("|review=").append(properties.reviewLr()).append("|simulations=").append(SIMULATIONS).append(',').append(SEED)
                .append("\nfamily=").append(family.family()).append("\npedigree=").append(family.pedigree());
        new TreeMap<>(references).forEach((person, profile) -> text.append('\n').append(person).append('=')
                .append(new TreeMap<>(profile.genotypes())));
        return ScreeningEngine.fingerprint(text.toString());
    }
}
