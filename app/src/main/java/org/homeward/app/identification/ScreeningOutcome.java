package org.homeward.app.identification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.homeward.app.genetics.DropoutClass;
import org.homeward.app.identification.ReferenceFamilySource.Family;
import org.homeward.app.identification.RemainsSampleSource.RemainsSample;
import org.homeward.kinship.Posterior;
import org.homeward.kinship.Profile;
import org.homeward.kinship.dvi.AmConclusion;
import org.homeward.kinship.dvi.DviResult;
import org.homeward.kinship.dvi.PmConclusion;
import org.homeward.kinship.screen.Candidate;
import org.homeward.kinship.screen.DirectMatcher;

/** The outcome of a screening run, as its store keeps it: what was screened, the candidates, direct matches and joint analyses. */
public record ScreeningOutcome(RunKind kind, Snapshot snapshot, Set<String> newFamilies, Set<String> newRemains, int markers,
                               long pairsScreened, String priorRule, List<Found> candidates, List<DirectMatcher.Match> directMatches,
                               Map<String, DviResult> dvi, List<String> notes) {

    /** The kinds of screened item whose fingerprints the runs keep. */
    public static final String FAMILY = "FAMILY";
    public static final String REMAINS = "REMAINS";

    /**
     * What is screenable now: autosomal profiles by sample code, families, every item's fingerprint, the remains'
     * dropout classes (NONE left out), and the X-STR genotypes of remains and references by sample code; the remains
     * typed at X alone (no autosomal profile, no dropout class: screened on X by {@link XScreening}), the families with
     * references typed at X (those references only) and the fingerprints of the X-only pairs' inputs by item (every
     * X-typed remains and family; none when no remains or reference is typed at X alone).
     */
    public record Snapshot(Map<String, Profile> remains, Map<String, RemainsSex> remainsSex, Map<String, Profile> references,
                           Map<String, Family> families, Map<String, String> remainsFingerprints, Map<String, String> familyFingerprints,
                           Map<String, RemainsSample> remainsInfo, List<String> familiesWithoutReferences, Integer samplesAwaitingProfiles,
                           List<String> refusedProfiles, Map<String, DropoutClass> remainsDropout, Map<String, Profile> xProfiles,
                           Set<String> xOnlyRemains, Map<String, Family> xFamilies, Map<String, String> xOnlyFingerprints) {

        /** The remains sample's dropout class (NONE when it has none). */
        public DropoutClass dropoutClass(String remainsCode) {
            return remainsDropout.getOrDefault(remainsCode, DropoutClass.NONE);
        }

        public int missingPersons() {
            return families.values().stream().mapToInt(f -> f.missingPersons().size()).sum();
        }
    }

    /**
     * A candidate with everything stored beside it; {@code lineage} (null when no lineage marker took
     * part) holds the parts of an LR that combines lineage and autosomal evidence, {@code x} (null when
     * no X-STR took part) the X-STR part that multiplies it.
     */
    public record Found(Candidate candidate, String missingPersonId, RemainsSex remainsSex, String bodyNumber, Instant receivedAt,
                        double prior, double posterior, Map<String, double[]> markers, Map<String, String> references, String pedigree,
                        CandidateLineage lineage, CandidateX x) {

        /**
         * A pair found by evidence other than autosomal (the remains or the family untyped autosomally): LR 1 and no marker
         * compared until its lineage or X part multiplies in.
         */
        static Found withoutAutosomal(String remains, Family family, ReferenceFamilySource.MissingPerson missing, RemainsSex sex,
                                      RemainsSample info, double prior, Map<String, String> references) {
            return new Found(new Candidate(remains, family.familyId(), missing.pedigreeId(), 0, 0, 0), missing.missingPersonId(), sex,
                    info == null ? remains : info.bodyNumber(), info == null ? null : info.receivedAt(), prior,
                    Posterior.probability(0, prior), Map.of(), references, KinshipInputs.pedigreeText(family.pedigree()), null, null);
        }

        /** This candidate with lineage evidence: its LR the combined LR, its posterior from that. */
        Found withLineage(CandidateLineage parts) {
            return withLog10Lr(parts.combinedLog10Lr(), parts, x);
        }

        /** This candidate with X-STR evidence: its LR the LR so far times the X LR, its posterior from that. */
        Found withX(CandidateX part) {
            return withLog10Lr(part.combinedLog10Lr(), lineage, part);
        }

        private Found withLog10Lr(double log10, CandidateLineage lineageParts, CandidateX xPart) {
            Candidate combined = new Candidate(candidate.remainsId(), candidate.familyId(), candidate.missingPerson(), log10,
                    candidate.markersCompared(), candidate.inconsistentMarkers());
            return new Found(combined, missingPersonId, remainsSex, bodyNumber, receivedAt, prior, Posterior.probability(log10, prior),
                    markers, references, pedigree, lineageParts, xPart);
        }
    }

    /** This outcome with other candidates and notes. */
    ScreeningOutcome with(List<Found> found, List<String> allNotes) {
        return new ScreeningOutcome(kind, snapshot, newFamilies, newRemains, markers, pairsScreened, priorRule, found, directMatches, dvi,
                allNotes);
    }

    /**
     * The prior of the candidates added after the screening: the screened candidates' (the configured prior, or 1/N),
     * or when there are none the configured prior, else 1/N over the snapshot's missing persons (at least 2).
     */
    double prior(Double configured) {
        return candidates.isEmpty() ? Optional.ofNullable(configured).orElse(Posterior.uniformPrior(Math.max(2, snapshot.missingPersons())))
                : candidates.get(0).prior();
    }

    /** Every joint analysis's conclusions, for the run numbered {@code runId}. */
    public List<DviConclusion> conclusions(long runId) {
        List<DviConclusion> out = new ArrayList<>();
        dvi.forEach((familyId, result) -> out.addAll(conclusions(runId, snapshot.families().get(familyId), result)));
        return out;
    }

    /** The DVI result's conclusions in the application's words: missing person ids for pedigree ids. */
    private static List<DviConclusion> conclusions(long runId, Family family, DviResult result) {
        Map<String, String> ids = new HashMap<>();
        family.missingPersons().forEach(m -> ids.put(m.pedigreeId(), m.missingPersonId()));
        List<DviConclusion> out = new ArrayList<>();
        for (AmConclusion am : result.am()) {
            out.add(new DviConclusion(runId, family.familyId(), "AM", ids.getOrDefault(am.missing(), am.missing()), am.sample().orElse(null),
                    am.conclusion().label(), am.lr().map(l -> finite(l.log10Lr())).orElse(null),
                    am.log10Glr().isPresent() ? finite(am.log10Glr().getAsDouble()) : null, am.comment()));
        }
        for (PmConclusion pm : result.pm()) {
            String matched = pm.missing().map(m -> String.join("/", Arrays.stream(m.split("/"))
                    .map(p -> ids.getOrDefault(p, p)).toList())).orElse(null);
            out.add(new DviConclusion(runId, family.familyId(), "PM", pm.sample(), matched, pm.conclusion().label(),
                    pm.lr().map(l -> finite(l.log10Lr())).orElse(null),
                    pm.log10Glr().isPresent() ? finite(pm.log10Glr().getAsDouble()) : null, pm.comment()));
        }
        return out;
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
