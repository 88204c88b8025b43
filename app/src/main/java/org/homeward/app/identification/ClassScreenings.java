package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Profile;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.Screening;
import org.homeward.kinship.screen.ScreeningJob;
import org.homeward.kinship.screen.ScreeningResult;

/**
 * The screenings the engine holds, one per sample quality class: the clean one (NONE) always, and
 * one per dropout class among the remains, whose family tables the kinship library makes from the
 * clean screening's (the exact engine runs once per family; the kernel is unchanged). Every family
 * is held in each; each remains sample only in its class's, so its LRs are the exact ones under its
 * class's model, with θ as configured. All share the clean screening's marker panel. The classes
 * are visited in their order, NONE first, so a class always finds its families already held clean.
 */
final class ClassScreenings {

    private final Map<DropoutClass, Screening> screenings;
    private final Map<DropoutClass, DropoutModel> models;

    private ClassScreenings(Map<DropoutClass, Screening> screenings, Map<DropoutClass, DropoutModel> models) {
        this.screenings = screenings;
        this.models = models;
    }

    /** The clean screening and one beside it per dropout class {@code present}. */
    static ClassScreenings build(Screening.Builder settings, DropoutSettings dropout, Collection<DropoutClass> present) {
        Map<DropoutClass, Screening> screenings = new EnumMap<>(DropoutClass.class);
        Map<DropoutClass, DropoutModel> models = new EnumMap<>(DropoutClass.class);
        Screening clean = settings.build();
        screenings.put(DropoutClass.NONE, clean);
        for (DropoutClass c : new TreeSet<>(present)) {
            dropout.model(c).ifPresent(model -> {
                screenings.put(c, clean.forDropoutClass(model));
                models.put(c, model);
            });
        }
        return new ClassScreenings(screenings, models);
    }

    /** True when remains of this class can be screened. */
    boolean holds(DropoutClass dropoutClass) {
        return screenings.containsKey(dropoutClass);
    }

    /** The dropout model of a class held; empty for NONE. */
    Optional<DropoutModel> model(DropoutClass dropoutClass) {
        return Optional.ofNullable(models.get(dropoutClass));
    }

    /** The panel every class screens (the clean screening's markers). */
    List<Marker> markers() {
        return clean().markers();
    }

    List<String> notes() {
        return clean().notes();
    }

    /** True when a held class takes the profile without another panel. */
    boolean accepts(Profile profile, DropoutClass dropoutClass) {
        return holds(dropoutClass) && screenings.get(dropoutClass).accepts(profile);
    }

    /**
     * Holds the families in every class and each remains in its class; the refusals of families once.
     * The clean screening's family profiles come from the profile store where it has them; the dropout
     * classes' tables are made from them.
     */
    List<Screening.Refusal> load(List<Screening.Family> families, Map<DropoutClass, List<Screening.Remains>> remains,
                                 FamilyProfileCache profiles) {
        Set<Screening.Refusal> refused = new LinkedHashSet<>();
        screenings.forEach((c, s) -> {
            if (c == DropoutClass.NONE) {
                refused.addAll(profiles.hold(s, families));
                s.load(List.of(), remains.getOrDefault(c, List.of()));
            } else {
                refused.addAll(s.load(families, remains.getOrDefault(c, List.of())));
            }
        });
        return List.copyOf(refused);
    }

    /** These remains of the snapshot by their dropout class, those of a class not held left out. */
    Map<DropoutClass, List<Screening.Remains>> byClass(ScreeningOutcome.Snapshot s, Collection<String> codes) {
        Map<DropoutClass, List<Screening.Remains>> out = new EnumMap<>(DropoutClass.class);
        for (String code : codes) {
            DropoutClass c = s.dropoutClass(code);
            if (holds(c)) {
                out.computeIfAbsent(c, k -> new ArrayList<>()).add(new Screening.Remains(s.remains().get(code), s.remainsSex().get(code).sex()));
            }
        }
        return out;
    }

    Results run() {
        Map<DropoutClass, ScreeningResult> out = new EnumMap<>(DropoutClass.class);
        screenings.forEach((c, s) -> out.put(c, s.run()));
        return new Results(out);
    }

    /**
     * Every class's all-pairs pass done elsewhere ({@link SparkDelegation}): each class's screening handed over
     * as a job of its settings with the families and its remains as {@link #load} was given them (so in the
     * order it holds them), and the result published as {@link Screening#run()} would have published it.
     */
    Results runElsewhere(List<Screening.Family> families, Map<DropoutClass, List<Screening.Remains>> remains,
                         Function<ScreeningJob, ScreeningJob.Result> elsewhere) {
        Map<DropoutClass, ScreeningResult> out = new EnumMap<>(DropoutClass.class);
        screenings.forEach((c, s) -> {
            ScreeningJob.Result r = elsewhere.apply(new ScreeningJob(s.jobSettings(), families, remains.getOrDefault(c, List.of())));
            out.put(c, s.resultOf(r.candidates(), r.pairsScreened(), r.pairsAboveThreshold()));
        });
        return new Results(out);
    }

    /** Screens only the newcomers, as {@link Screening#add} does, each remains in its class. */
    Results add(List<Screening.Family> families, Map<DropoutClass, List<Screening.Remains>> remains, FamilyProfileCache profiles) {
        Map<DropoutClass, ScreeningResult> out = new EnumMap<>(DropoutClass.class);
        screenings.forEach((c, s) -> out.put(c, s.add(families, remains.getOrDefault(c, List.of()))));
        profiles.keep(clean(), families);
        return new Results(out);
    }

    private Screening clean() {
        return screenings.get(DropoutClass.NONE);
    }

    /** The results of every class's screening. */
    record Results(Map<DropoutClass, ScreeningResult> byClass) {

        /** Every class's candidates, best LR first. */
        List<Candidate> candidates() {
            List<Candidate> out = new ArrayList<>();
            byClass.values().forEach(r -> out.addAll(r.candidates()));
            out.sort(Comparator.comparingDouble(Candidate::log10Lr).reversed());
            return out;
        }

        long pairsScreened() {
            return byClass.values().stream().mapToLong(ScreeningResult::pairsScreened).sum();
        }

        /** The families not screened, once (every class refuses the same ones). */
        List<Screening.Refusal> refusals() {
            Set<Screening.Refusal> out = new LinkedHashSet<>();
            byClass.values().forEach(r -> out.addAll(r.refusals()));
            return List.copyOf(out);
        }

        /** One pair as its remains' class's screening scores it, below the threshold too (empty when not held). */
        Optional<Candidate> pair(String remains, DropoutClass dropoutClass, String familyId, String missingPerson) {
            ScreeningResult result = byClass.get(dropoutClass);
            return result == null ? Optional.empty() : result.pair(remains, familyId, missingPerson);
        }

        /** Per marker, the candidate's LR from the screening of its remains' class. */
        List<ScreeningResult.MarkerLr> markerLrs(Candidate c, DropoutClass dropoutClass) {
            return byClass.get(dropoutClass).markerLrs(c);
        }

        /** The missing person's best remains in every class's screening. */
        List<Candidate> topRemains(String familyId, String missingPerson) {
            List<Candidate> out = new ArrayList<>();
            byClass.values().forEach(r -> out.addAll(r.topRemains(familyId, missingPerson)));
            return out;
        }
    }
}
