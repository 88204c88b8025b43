package org.homeward.app.identification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ReferenceFamilySource.MissingPerson;
import org.homeward.app.identification.RemainsSampleSource.RemainsSample;
import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.frequencies.FrequenciesInUse;
import org.homeward.app.frequencies.LabFrequencies;
import org.homeward.kinship.MutationModel;
import org.homeward.kinship.Posterior;
import org.homeward.kinship.Profile;
import org.homeward.kinship.RareAllelePolicy;
import org.homeward.kinship.dvi.DviResult;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.DirectMatcher;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningResult;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.ScreeningOutcome.Snapshot;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The screening kernel held in memory between runs. {@link #plan} compares what matching may use
 * now (profiles under consent, the families' pedigrees) with what the runs have screened (their
 * fingerprints, kept in the database); {@link #screen} then screens everything anew (a FULL run:
 * on request, at the first run, or when something screened has changed or gone) or only the
 * newcomers against everything held (an INCREMENTAL run, with {@code addFamily}/{@code addRemains}).
 * The in-memory {@link Screening} is rebuilt from the data when the application starts (the families'
 * profiles loaded from the {@link FamilyProfileCache} where their inputs are unchanged) and is
 * dropped whenever a run fails, so it never runs ahead of what is stored. One run at a time. A FULL
 * run's all-pairs pass is Spark's when a command is configured ({@link SparkDelegation}); INCREMENTAL
 * runs are screened here.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScreeningEngine {

    /** What a run must do. */
    record Plan(Snapshot snapshot, RunKind kind, Set<String> newFamilies, Set<String> newRemains) {
        boolean nothingToDo() {
            return kind == RunKind.INCREMENTAL && newFamilies.isEmpty() && newRemains.isEmpty();
        }
    }

    private final ScreeningInputs inputs;
    private final IdentificationProperties properties;
    private final LabFrequencies frequencies;
    private final FamilyProfileCache profiles;
    private final SparkDelegation spark;

    /** The in-memory state; null until built, and after a failure. */
    private State state;

    private static final class State {
        ClassScreenings screenings;
        /** The last run's results: every pair held, for {@link #pair}. */
        ClassScreenings.Results last;
        int missingPersons;
        String frequencyDatabase;
    }

    /** A state just built, with the families and each class's remains it holds, in the order it holds them. */
    private record Built(State state, List<Screening.Family> families, Map<DropoutClass, List<Screening.Remains>> remains) { }

    /** Reads what matching may use now (needs IDENTIFICATION_RUN: the profiles under consent). */
    Snapshot snapshot() {
        return inputs.read();
    }

    /**
     * What to run given the fingerprints screened so far ({@code FAMILY}/{@code REMAINS} → item →
     * fingerprint): FULL when asked, at the first run, or when an item changed or left; otherwise
     * INCREMENTAL over the newcomers (possibly none).
     */
    Plan plan(Snapshot now, Map<String, Map<String, String>> screened, boolean full) {
        Map<String, String> oldFamilies = screened.getOrDefault(ScreeningOutcome.FAMILY, Map.of());
        Map<String, String> oldRemains = screened.getOrDefault(ScreeningOutcome.REMAINS, Map.of());
        boolean changed = changedOrGone(oldFamilies, now.familyFingerprints()) || changedOrGone(oldRemains, now.remainsFingerprints());
        boolean first = oldFamilies.isEmpty() && oldRemains.isEmpty();
        Set<String> newFamilies = new LinkedHashSet<>(now.familyFingerprints().keySet());
        newFamilies.removeAll(oldFamilies.keySet());
        Set<String> newRemains = new LinkedHashSet<>(now.remainsFingerprints().keySet());
        newRemains.removeAll(oldRemains.keySet());
        if (full || changed || (first && !(newFamilies.isEmpty() && newRemains.isEmpty()))) {
            return new Plan(now, RunKind.FULL, newFamilies, newRemains);
        }
        return new Plan(now, RunKind.INCREMENTAL, newFamilies, newRemains);
    }

    /** True when an item screened before has another fingerprint now, or none. */
    static boolean changedOrGone(Map<String, String> before, Map<String, String> now) {
        for (Map.Entry<String, String> e : before.entrySet()) {
            if (!e.getValue().equals(now.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** The frequency database the in-memory screening was built with (what the last run used). */
    synchronized String frequencyDatabase() {
        return state == null ? frequencies.inUse().label() : state.frequencyDatabase;
    }

    /** Drops the in-memory state: the next run rebuilds it from the data. */
    synchronized void reset() {
        state = null;
    }

    /** Runs the plan; on any failure the in-memory state is dropped (the next run rebuilds it). */
    synchronized ScreeningOutcome screen(Plan plan) {
        try {
            if (plan.kind() == RunKind.INCREMENTAL && !fits(plan)) {
                plan = new Plan(plan.snapshot(), RunKind.FULL, plan.newFamilies(), plan.newRemains());
            }
            return plan.kind() == RunKind.FULL ? full(plan) : incremental(plan);
        } catch (RuntimeException e) {
            state = null;
            throw e;
        }
    }

    /**
     * Everything anew. With a Spark command configured, the all-pairs pass of each class is Spark's; the state
     * (the families' profiles, for the per-marker LRs, the joint analyses and later incremental runs) is built
     * here all the same, and what Spark found is published as if screened here.
     */
    private ScreeningOutcome full(Plan plan) {
        Snapshot s = plan.snapshot();
        List<String> notes = new ArrayList<>();
        Built built = build(s, Set.of(), Set.of(), notes);
        state = built.state();
        ClassScreenings.Results result;
        if (spark.configured()) {
            long t0 = System.nanoTime();
            result = state.screenings.runElsewhere(built.families(), built.remains(), spark::screen);
            int jobs = result.byClass().size();
            notes.add(String.format(Locale.ROOT, "Screened on Apache Spark: %d pairs in %.1f s, %d job%s (one per sample quality class).",
                    result.pairsScreened(), (System.nanoTime() - t0) / 1e9, jobs, jobs == 1 ? "" : "s"));
        } else {
            result = state.screenings.run();
        }
        state.last = result;
        return outcome(plan, result, result.candidates(), notes, result.pairsScreened());
    }

    private ScreeningOutcome incremental(Plan plan) {
        Snapshot s = plan.snapshot();
        List<String> notes = new ArrayList<>();
        if (state == null) {
            // After a restart: hold what earlier runs screened, then screen only the newcomers.
            state = build(s, plan.newFamilies(), plan.newRemains(), notes).state();
            state.screenings.run();
        }
        List<Screening.Family> families = new ArrayList<>();
        for (String familyId : plan.newFamilies()) {
            families.add(toScreen(s.families().get(familyId), s));
            state.missingPersons += s.families().get(familyId).missingPersons().size();
        }
        ClassScreenings.Results result = state.screenings.add(families, state.screenings.byClass(s, plan.newRemains()), profiles);
        state.last = result;
        result.refusals().forEach(r -> notes.add(refusalNote(r, s)));
        List<Candidate> fresh = result.candidates().stream()
                .filter(c -> plan.newRemains().contains(c.remainsId()) || plan.newFamilies().contains(c.familyId()))
                .toList();
        return outcome(plan, result, fresh, notes, result.pairsScreened());
    }

    /** True when the newcomers fit the held panel: every allele in its tables, no marker outside it. */
    private boolean fits(Plan plan) {
        if (state == null) {
            return true; // rebuilt from the whole snapshot with a fresh panel
        }
        List<Profile> incoming = new ArrayList<>();
        plan.newRemains().forEach(code -> incoming.add(plan.snapshot().remains().get(code)));
        for (String familyId : plan.newFamilies()) {
            plan.snapshot().families().get(familyId).referenceSamples().values()
                    .forEach(code -> incoming.add(plan.snapshot().references().get(code)));
        }
        return incoming.stream().allMatch(p -> state.screenings.accepts(p, DropoutClass.NONE))
                && plan.newRemains().stream().allMatch(code -> state.screenings.holds(plan.snapshot().dropoutClass(code)));
    }

    /**
     * The markers screening uses for these profiles: the frequency database in use with the configured
     * stepwise mutation rates, the markers typed in at least one profile, rare alleles added per the policy.
     */
    RareAllelePolicy.Adjusted markersFor(List<Profile> profiles) {
        Screening fitted = settings(profiles, frequencies.inUse()).build();
        return new RareAllelePolicy.Adjusted(fitted.markers(), fitted.notes());
    }

    /** The configured screening, fitted to these profiles. */
    private Screening.Builder settings(List<Profile> profiles, FrequenciesInUse inUse) {
        return Screening.newBuilder()
                .frequencies(inUse.autosomal().toMarkers())
                .mutationModels(MutationModel.stepwise(properties.femaleMutationRate(), properties.mutationRange(), 1e-6),
                        MutationModel.stepwise(properties.maleMutationRate(), properties.mutationRange(), 1e-6))
                .fitTo(profiles)
                .theta(properties.theta())
                .rareAlleles(RareAllelePolicy.minimumFrequency(properties.rareAlleleFrequency()))
                .minLr(properties.minLr())
                .topK(properties.topK())
                .threads(Math.max(1, properties.threads()))
                .sexConsistent(!properties.ignoreSex());
    }

    /** A state holding everything in the snapshot except the items left out; a family the engine refuses is noted and skipped. */
    private Built build(Snapshot s, Set<String> leaveOutFamilies, Set<String> leaveOutRemains, List<String> notes) {
        List<Profile> all = new ArrayList<>(s.remains().values());
        all.addAll(s.references().values());
        State st = new State();
        FrequenciesInUse inUse = frequencies.inUse();
        st.screenings = ClassScreenings.build(settings(all, inUse), properties.dropout(), s.remainsDropout().values());
        st.frequencyDatabase = inUse.label();
        notes.addAll(st.screenings.notes());
        List<Screening.Family> families = new ArrayList<>();
        for (Family f : s.families().values()) {
            if (!leaveOutFamilies.contains(f.familyId())) {
                families.add(toScreen(f, s));
                st.missingPersons += f.missingPersons().size();
            }
        }
        Set<String> held = new LinkedHashSet<>(s.remains().keySet());
        held.removeAll(leaveOutRemains);
        Map<DropoutClass, List<Screening.Remains>> remains = st.screenings.byClass(s, held);
        st.screenings.load(families, remains, profiles).forEach(r -> notes.add(refusalNote(r, s)));
        return new Built(st, families, remains);
    }

    /** The family as screening takes it: its missing persons by pedigree id and the typed references' profiles. */
    private static Screening.Family toScreen(Family f, Snapshot s) {
        Map<String, Profile> refs = new TreeMap<>(); // in one order whatever the map's: the same tables in every process
        f.referenceSamples().forEach((person, code) -> refs.put(person, s.references().get(code)));
        return new Screening.Family(f.familyId(), f.pedigree(), f.missingPersons().stream().map(MissingPerson::pedigreeId).toList(), refs);
    }

    private static String refusalNote(Screening.Refusal r, Snapshot s) {
        String missingPersonId = s.families().get(r.familyId()).missingPersons().stream()
                .filter(m -> m.pedigreeId().equals(r.missingPerson())).findFirst().orElseThrow().missingPersonId();
        return "family " + r.familyId() + ", missing person " + missingPersonId + " not screened: " + String.join("; ", r.problems());
    }

    private ScreeningOutcome outcome(Plan plan, ClassScreenings.Results result, List<Candidate> candidates, List<String> notes, long pairs) {
        Snapshot s = plan.snapshot();
        notes.addAll(0, s.refusedProfiles());
        double prior;
        String rule;
        if (properties.prior() != null) {
            prior = properties.prior();
            rule = "fixed " + properties.prior();
        } else {
            long n = Math.max(2, state.missingPersons);
            prior = Posterior.uniformPrior(n);
            rule = "1/N, N = " + state.missingPersons + " missing persons screened" + (state.missingPersons < 2 ? " (at least 2)" : "");
        }
        List<Found> found = new ArrayList<>();
        for (Candidate c : candidates) {
            found.add(found(result, c, s, prior));
        }
        List<DirectMatcher.Match> direct = directMatches(s, plan);
        Map<String, DviResult> dvi = JointAnalyses.of(s, state.screenings, result, found, notes, properties.ignoreSex(),
                XScreening.markers(frequencies.inUse(), properties), properties.rareAlleleFrequency());
        return new ScreeningOutcome(plan.kind(), s, plan.newFamilies(), plan.newRemains(), state.screenings.markers().size(), pairs, rule, found, direct,
                dvi, notes);
    }

    /**
     * A pair of the last run's screening as a candidate, below the threshold too: for lineage evidence, whose LR
     * multiplies the autosomal one and may lift the pair to the threshold. Empty when the screening does not hold it.
     */
    synchronized Optional<Found> pair(Snapshot s, String remains, String familyId, String missingPerson, double prior) {
        if (state == null || state.last == null) {
            return Optional.empty();
        }
        ClassScreenings.Results last = state.last;
        return last.pair(remains, s.dropoutClass(remains), familyId, missingPerson).map(c -> found(last, c, s, prior));
    }

    private Found found(ClassScreenings.Results result, Candidate c, Snapshot s, double prior) {
        Family family = s.families().get(c.familyId());
        MissingPerson mp = family.missingPersons().stream().filter(m -> m.pedigreeId().equals(c.missingPerson())).findFirst()
                .orElseThrow();
        RemainsSample info = s.remainsInfo().get(c.remainsId());
        return new Found(c, mp.missingPersonId(), s.remainsSex().get(c.remainsId()),
                info == null ? c.remainsId() : info.bodyNumber(), info == null ? null : info.receivedAt(), prior, Posterior.probability(c.log10Lr(), prior),
                perMarker(result, c, s), family.referenceSamples(), KinshipInputs.pedigreeText(family.pedigree()), null, null);
    }

    /**
     * Per marker typed in the remains: {log10 LR, 1 if inconsistent without mutation else 0, 1 if the
     * LR relies on the remains' dropout class else 0}.
     */
    private Map<String, double[]> perMarker(ClassScreenings.Results result, Candidate c, Snapshot s) {
        DropoutClass dropoutClass = s.dropoutClass(c.remainsId());
        List<ScreeningResult.MarkerLr> lrs = result.markerLrs(c, dropoutClass);
        Set<String> relying = Set.of();
        if (dropoutClass != DropoutClass.NONE) {
            Family family = s.families().get(c.familyId());
            Map<String, Profile> refs = new LinkedHashMap<>();
            family.referenceSamples().forEach((person, code) -> refs.put(person, s.references().get(code)));
            relying = DropoutEvidence.relyingMarkers(family.pedigree(), c.missingPerson(), refs, s.remains().get(c.remainsId()),
                    state.screenings.markers(), lrs);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (ScreeningResult.MarkerLr m : lrs) {
            out.put(m.marker(), new double[] {m.log10Lr(), m.inconsistent() ? 1 : 0, relying.contains(m.marker()) ? 1 : 0});
        }
        return out;
    }

    private List<DirectMatcher.Match> directMatches(Snapshot s, Plan plan) {
        List<Profile> remains = new ArrayList<>(s.remains().values());
        if (remains.size() < 2) {
            return List.of();
        }
        DirectMatcher.Result result = DirectMatcher.match(state.screenings.markers(), remains,
                new DirectMatcher.Options(properties.directMatchLr(), 8, 0, properties.theta(), Math.max(1, properties.threads())));
        if (plan.kind() == RunKind.FULL) {
            return result.matches();
        }
        return result.matches().stream()
                .filter(m -> plan.newRemains().contains(m.first()) || plan.newRemains().contains(m.second())).toList();
    }

    /** The SHA-256 of an item's screened content: a run screens anew what changed since. */
    static String fingerprint(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
