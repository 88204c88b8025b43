package org.homeward.app.identification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.genetics.LineagePanel;
import org.homeward.app.genetics.LineageProfile;
import org.homeward.app.genetics.LineageProfiles;
import org.homeward.app.genetics.SampleKind;
import org.homeward.app.identification.HaplotypeDatabases.Loaded;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.ReferenceFamilySource.MissingPerson;
import org.homeward.app.identification.ScreeningOutcome.Found;
import org.homeward.app.identification.store.CandidateEvidenceStore;
import org.homeward.app.identification.store.IdentificationStore;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Sex;
import org.homeward.kinship.lineage.FrequencyMethod;
import org.homeward.kinship.lineage.Lines;
import org.homeward.kinship.lineage.LineageHits;
import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtHaplotypeDatabase;
import org.homeward.kinship.lineage.MtLineageEvidence;
import org.homeward.kinship.lineage.MtLineageIndex;
import org.homeward.kinship.lineage.YHaplotype;
import org.homeward.kinship.lineage.YHaplotypeDatabase;
import org.homeward.kinship.lineage.YLineage;
import org.homeward.kinship.lineage.YLineageIndex;
import org.homeward.kinship.lineage.YLineageLr;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Y-STR and mtDNA evidence in a run. Which relatives are on the missing person's paternal and maternal
 * lines comes from the pedigree ({@link Lines}); the closest typed one on each line stands for it. Each
 * autosomal candidate gets the lineage LRs of its pair; and each remains is looked up in the lineage
 * indexes (haplotype → family lines, one-step neighbours included: O(1) per remains, not every family),
 * so that a family typed only at lineage markers (a paternal uncle typed for Y) is found too. Such a
 * lineage-only candidate is proposed where the pair has no autosomal evidence (the family or the
 * remains untyped autosomally) and its lineage LR reaches the candidate threshold; one below it is
 * handed on ({@link Applied#belowThreshold}) where both sides are typed at X, for {@link XScreening}
 * to multiply its X-STR LR in (the combined LR may reach the threshold where neither part does). A pair
 * the index returns that is typed autosomally on both sides but stayed below the threshold (a paternal
 * uncle's weak autosomal LR) is taken as the screening scored it ({@link ScreeningEngine#pair}) and its
 * lineage LR multiplied in: proposed when the product reaches the threshold, handed on to X otherwise.
 * An INCREMENTAL run looks pairs up only for its new remains and families.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LineageScreening {

    /** The kind of the run fingerprint of the lineage profiles and chosen databases. */
    static final String LINEAGE = "LINEAGE";
    private static final String ITEM = "profiles and databases";

    /** What a run's lineage evidence is computed from, read once per run. */
    record Inputs(Map<String, LineageProfile> remainsY, Map<String, LineageProfile> remainsMt, Map<String, LineageProfile> referencesY,
                  Map<String, LineageProfile> referencesMt, Optional<Loaded<YHaplotypeDatabase>> y,
                  Optional<Loaded<MtHaplotypeDatabase>> mt, String fingerprint) {

        boolean usable() {
            return (y.isPresent() && !remainsY.isEmpty() && !referencesY.isEmpty())
                    || (mt.isPresent() && !remainsMt.isEmpty() && !referencesMt.isEmpty());
        }
    }

    /**
     * The outcome with lineage evidence, and the pairs below the candidate threshold that X-STRs may lift: their remains
     * and family typed at X, their LR (lineage, times autosomal where both are typed) not an exclusion. Only pairs the
     * lineage indexes returned.
     */
    record Applied(ScreeningOutcome outcome, List<Found> belowThreshold) { }

    /** The closest typed relative on a missing person's line. */
    private record Target(String familyId, MissingPerson missing, String relative, String sampleCode, int meioses) { }

    private final LineageProfiles profiles;
    private final HaplotypeDatabases databases;
    private final ObjectProvider<ReferenceFamilySource> families;
    private final IdentificationProperties properties;
    private final CandidateEvidenceStore store;
    private final IdentificationStore runs;
    private final ScreeningEngine engine;

    /** Reads the lineage profiles matching may use (one audited read per kind) and the chosen databases. */
    Inputs inputs() {
        List<LineageProfile> remains = profiles.profilesEligibleForMatching(SampleKind.REMAINS);
        List<LineageProfile> references = profiles.profilesEligibleForMatching(SampleKind.REFERENCE);
        Optional<Loaded<YHaplotypeDatabase>> y = databases.chosenY();
        Optional<Loaded<MtHaplotypeDatabase>> mt = databases.chosenMt();
        StringBuilder print = new StringBuilder();
        remains.forEach(p -> print.append("R|").append(p).append('\n'));
        references.forEach(p -> print.append("F|").append(p).append('\n'));
        y.ifPresent(d -> print.append("Y|").append(d.database().id()).append('|').append(d.database().yFrequency()).append('\n'));
        mt.ifPresent(d -> print.append("MT|").append(d.database().id()).append('\n'));
        return new Inputs(byCode(remains, true), byCode(remains, false), byCode(references, true), byCode(references, false), y, mt,
                remains.isEmpty() && references.isEmpty() ? "" : ScreeningEngine.fingerprint(print.toString()));
    }

    /** True when the lineage profiles or the chosen databases changed since the last run: a FULL run then screens them. */
    boolean changed(Inputs in, Map<String, Map<String, String>> screened) {
        return !in.fingerprint().equals(screened.getOrDefault(LINEAGE, Map.of()).getOrDefault(ITEM, ""));
    }

    /** The outcome with lineage evidence: candidates' LRs combined, and the pairs lineage lifts to the threshold added. */
    Applied apply(Inputs in, ScreeningOutcome outcome) {
        if (!in.usable()) {
            return new Applied(outcome, List.of());
        }
        Map<String, Target> yLines = new HashMap<>();
        Map<String, Target> mtLines = new HashMap<>();
        List<Family> all = Optional.ofNullable(families.getIfAvailable()).map(ReferenceFamilySource::referenceFamiliesForMatching)
                .orElse(List.of());
        Map<String, Family> byId = new HashMap<>();
        for (Family f : all) {
            byId.put(f.familyId(), f);
            for (MissingPerson mp : f.missingPersons()) {
                closest(f, mp, Lines.paternalRelatives(f.pedigree(), mp.pedigreeId()), in.referencesY()).ifPresent(t -> yLines.put(key(t), t));
                closest(f, mp, Lines.maternalRelatives(f.pedigree(), mp.pedigreeId()), in.referencesMt()).ifPresent(t -> mtLines.put(key(t), t));
            }
        }
        List<Found> found = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (Found f : outcome.candidates()) {
            String line = f.candidate().familyId() + '\u0000' + f.candidate().missingPerson();
            pairs.add(f.candidate().remainsId() + '\u0000' + line);
            Optional<CandidateLineage> parts = parts(in, f.candidate().remainsId(), yLines.get(line), mtLines.get(line),
                    f.candidate().log10Lr(), true);
            found.add(parts.map(f::withLineage).orElse(f));
        }
        List<Found> below = new ArrayList<>();
        LineageOnly lineageOnly = new LineageOnly(in, outcome, byId, yLines, mtLines, pairs, outcome.prior(properties.prior()), found, below);
        in.y().ifPresent(db -> {
            YLineageIndex<Target> index = new YLineageIndex<>(db.haplotypes().loci());
            yLines.values().forEach(t -> index.add(t, in.referencesY().get(t.sampleCode()).yHaplotype()));
            in.remainsY().forEach((code, p) -> lineageOnly.consider(code, index.lookUp(p.yHaplotype())));
        });
        in.mt().ifPresent(db -> {
            MtLineageIndex<Target> index = new MtLineageIndex<>(db.haplotypes().region());
            mtLines.values().forEach(t -> index.add(t, in.referencesMt().get(t.sampleCode()).mtHaplotype()));
            in.remainsMt().forEach((code, p) -> lineageOnly.consider(code, index.lookUp(p.mtHaplotype())));
        });
        return new Applied(outcome.with(found, outcome.notes()), below);
    }

    /** Stores the run's candidates' lineage parts and the fingerprint of what it screened. */
    void record(long runId, Inputs in, ScreeningOutcome outcome) {
        outcome.candidates().stream().filter(f -> f.lineage() != null).forEach(f -> store.insertLineage(runId, f));
        if (!in.fingerprint().isEmpty()) {
            runs.screened(LINEAGE, ITEM, in.fingerprint(), runId);
        }
    }

    /** Adds the candidates the lineage indexes find (lineage alone, or lifting an autosomal LR below the threshold), each pair once. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private final class LineageOnly {
        private final Inputs in;
        private final ScreeningOutcome outcome;
        private final Map<String, Family> families;
        private final Map<String, Target> yLines;
        private final Map<String, Target> mtLines;
        private final Set<String> pairs;
        private final double prior;
        private final List<Found> found;
        private final List<Found> below;

        void consider(String remains, LineageHits<Target> hits) {
            Set<Target> targets = new HashSet<>(hits.same());
            targets.addAll(hits.oneStep());
            for (Target t : targets) {
                String line = key(t);
                if (!screenedNow(remains, t) || !pairs.add(remains + '\u0000' + line) || !sexesAgree(remains, t)) {
                    continue;
                }
                // typed autosomally on both sides but below the threshold (a candidate would be in pairs already):
                // the pair as the screening scored it, so that its lineage LR multiplies the autosomal one
                boolean autosomal = outcome.snapshot().remains().containsKey(remains) && outcome.snapshot().families().containsKey(t.familyId());
                Optional<Found> pair = autosomal
                        ? engine.pair(outcome.snapshot(), remains, t.familyId(), t.missing().pedigreeId(), prior)
                        : Optional.of(candidate(remains, t));
                if (pair.isEmpty()) {
                    continue;
                }
                Found base = pair.get();
                parts(in, remains, yLines.get(line), mtLines.get(line), autosomal ? base.candidate().log10Lr() : 0, autosomal).ifPresent(parts -> {
                    if (parts.combinedLog10Lr() >= Math.log10(properties.minLr())) {
                        found.add(base.withLineage(parts));
                    } else if (xMayLift(remains, t, parts)) {
                        below.add(base.withLineage(parts));
                    }
                });
            }
        }

        /** True when the remains and the family are both typed at X and the lineage parts do not exclude the pair. */
        private boolean xMayLift(String remains, Target t, CandidateLineage parts) {
            return Double.isFinite(parts.combinedLog10Lr()) && outcome.snapshot().xProfiles().containsKey(remains)
                    && outcome.snapshot().xFamilies().containsKey(t.familyId());
        }

        /**
         * A FULL run screens every pair anew; an INCREMENTAL one only the pairs of its new remains and families
         * (a change to lineage profiles or databases makes the run FULL), so that earlier candidates are not added again.
         */
        private boolean screenedNow(String remains, Target t) {
            return outcome.kind() == RunKind.FULL || outcome.newRemains().contains(remains) || outcome.newFamilies().contains(t.familyId());
        }

        private boolean sexesAgree(String remains, Target t) {
            Sex sex = in.remainsY().containsKey(remains) ? Sex.MALE : remainsSex(remains).sex(); // a Y haplotype says male
            Pedigree pedigree = families.get(t.familyId()).pedigree();
            Sex missing = pedigree.sex(pedigree.require(t.missing().pedigreeId()));
            return properties.ignoreSex() || sex == Sex.UNKNOWN || missing == Sex.UNKNOWN || sex == missing;
        }

        private RemainsSex remainsSex(String remains) {
            RemainsSex sex = outcome.snapshot().remainsSex().get(remains);
            return sex != null ? sex : new RemainsSex(Sex.UNKNOWN, in.remainsY().containsKey(remains) ? Sex.MALE : Sex.UNKNOWN);
        }

        private Found candidate(String remains, Target t) {
            Map<String, String> references = new LinkedHashMap<>();
            Optional.ofNullable(yLines.get(key(t))).ifPresent(y -> references.put(y.relative(), y.sampleCode()));
            Optional.ofNullable(mtLines.get(key(t))).ifPresent(mt -> references.put(mt.relative(), mt.sampleCode()));
            return Found.withoutAutosomal(remains, families.get(t.familyId()), t.missing(), remainsSex(remains),
                    outcome.snapshot().remainsInfo().get(remains), prior, references);
        }
    }

    /** The lineage parts of one pair, empty when neither line of the missing person is typed in both. */
    private static Optional<CandidateLineage> parts(Inputs in, String remains, Target y, Target mt, double autosomalLog10, boolean typed) {
        Optional<CandidateLineage.YPart> yPart = Optional.empty();
        LineageProfile remainsY = in.remainsY().get(remains);
        if (y != null && remainsY != null && in.y().isPresent()) {
            Loaded<YHaplotypeDatabase> db = in.y().get();
            try {
                YLineageLr lr = yLr(remainsY.yHaplotype(), in.referencesY().get(y.sampleCode()).yHaplotype(), y.meioses(), db);
                yPart = Optional.of(new CandidateLineage.YPart(y.relative(), lr,
                        lr.method() == FrequencyMethod.DISCRETE_LAPLACE ? db.database().yFrequency().clusters() : 0,
                        db.database().label(), LineagePanel.Y.name()));
            } catch (KinshipInputException noSharedLoci) {
                yPart = Optional.empty();
            }
        }
        Optional<CandidateLineage.MtPart> mtPart = Optional.empty();
        LineageProfile remainsMt = in.remainsMt().get(remains);
        if (mt != null && remainsMt != null && in.mt().isPresent()) {
            Loaded<MtHaplotypeDatabase> db = in.mt().get();
            MtHaplotype relative = in.referencesMt().get(mt.sampleCode()).mtHaplotype();
            mtPart = Optional.of(new CandidateLineage.MtPart(mt.relative(), MtLineageEvidence.of(remainsMt.mtHaplotype(), relative,
                    db.haplotypes()), db.database().label()));
        }
        return yPart.isEmpty() && mtPart.isEmpty() ? Optional.empty()
                : Optional.of(new CandidateLineage(autosomalLog10, typed, yPart, mtPart));
    }

    /**
     * The Y LR with the frequency method chosen for the database; the discrete Laplace fit covers all the database's
     * loci, so a pair typed at fewer falls back to the augmented count over the loci it shares (its method says so).
     */
    private static YLineageLr yLr(YHaplotype remains, YHaplotype relative, int meioses, Loaded<YHaplotypeDatabase> db) {
        YLineage lineage = new YLineage(LineagePanel.Y);
        if (db.fit().isPresent()) {
            try {
                return lineage.lr(remains, relative, meioses, db.haplotypes(), db.fit().get());
            } catch (KinshipInputException notTypedAtEveryLocus) {
                return lineage.lr(remains, relative, meioses, db.haplotypes());
            }
        }
        return lineage.lr(remains, relative, meioses, db.haplotypes());
    }

    /** The typed relative on the line with the fewest meioses to the missing person. */
    private static Optional<Target> closest(Family f, MissingPerson mp, Map<String, Integer> line, Map<String, LineageProfile> typed) {
        return line.entrySet().stream().filter(e -> typed.containsKey(f.referenceSamples().get(e.getKey())))
                .min(Map.Entry.comparingByValue())
                .map(e -> new Target(f.familyId(), mp, e.getKey(), f.referenceSamples().get(e.getKey()), e.getValue()));
    }

    private static String key(Target t) {
        return t.familyId() + '\u0000' + t.missing().pedigreeId();
    }

    private static Map<String, LineageProfile> byCode(List<LineageProfile> list, boolean y) {
        Map<String, LineageProfile> out = new LinkedHashMap<>();
        list.stream().filter(p -> (p.lineage() == org.homeward.app.genetics.Lineage.Y_STR) == y).forEach(p -> out.put(p.sampleCode(), p));
        return out;
    }
}
