package org.homeward.kinship.dvi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.DropoutModel;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;

/**
 * One missing person given the family's current references: the identification LR of any remains
 * (exact, with the markers' mutation models) and the Mendelian check (mutation switched off). For
 * clean typings both fixed parts are computed once and each remains then costs a lookup per marker;
 * where a dropout model is involved (the remains' or a reference's, an identified victim's entered
 * into the family) the LR is the extended model's ({@link Hypothesis#missingPersonLr}), summing over
 * the true genotypes of every sample under a dropout model. X-linked markers add their exact part
 * ({@link XLinked}) to both.
 */
final class MissingPersonModel {

    private final Pedigree pedigree;
    private final String missing;
    private final List<Marker> markers;
    /** The clean engine's model; null when some reference is under a dropout model. */
    private final ReferenceFamily lrModel;
    private final Map<String, Map<String, Observation>> observed;
    private final Map<String, DropoutModel> referenceDropout;
    private final Map<String, Profile> references;
    private final XLinked x;
    /** Per marker, which genotypes are possible without mutation; all false when the clean references need one. */
    private final boolean[][] compatible;
    private final boolean[] referencesNeedMutation;

    private MissingPersonModel(Pedigree pedigree, String missing, List<Marker> markers, Map<String, Profile> references,
                               Map<String, DropoutModel> referenceDropout, XLinked x) {
        this.pedigree = pedigree;
        this.references = Map.copyOf(references);
        this.x = x;
        this.missing = missing;
        this.markers = markers;
        this.referenceDropout = Map.copyOf(referenceDropout);
        this.lrModel = referenceDropout.isEmpty() ? ReferenceFamily.prepare(pedigree, missing, markers, x.autosomal(references)) : null;
        this.observed = new LinkedHashMap<>();
        references.forEach((person, profile) -> observed.put(person, observations(profile)));
        // A sample under a dropout model may not show an allele it carries: only clean references can exclude.
        Map<String, Profile> clean = new LinkedHashMap<>(references);
        clean.keySet().removeAll(referenceDropout.keySet());
        int person = pedigree.require(missing);
        this.compatible = new boolean[markers.size()][];
        this.referencesNeedMutation = new boolean[markers.size()];
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            compatible[m] = Likelihoods.mendelianCompatible(pedigree, marker, Likelihoods.genotypeIndexes(pedigree, marker, clean), person);
            boolean any = false;
            for (boolean c : compatible[m]) {
                any |= c;
            }
            referencesNeedMutation[m] = !any;
        }
    }

    /** @param referenceDropout the dropout model of each reference typed under one (identified victims), by pedigree id */
    static MissingPersonModel of(Pedigree pedigree, String missing, List<Marker> markers, Map<String, Profile> references,
                                 Map<String, DropoutModel> referenceDropout, XLinked x) {
        return new MissingPersonModel(pedigree, missing, markers, references, referenceDropout, x);
    }

    /**
     * Markers at which the remains cannot be this person without a mutation. A marker where the
     * references themselves need a mutation counts for every remains, typed there or not: the
     * pedigree's likelihood without mutation is 0 whoever is placed in it. Remains under a dropout
     * model are incompatible at a marker only when every true genotype that could show as theirs is.
     */
    int incompatibleMarkers(DviProblem.Victim remains) {
        int count = x.incompatibleMarkers(pedigree, missing, references, remains);
        for (int m = 0; m < markers.size(); m++) {
            if (referencesNeedMutation[m]) {
                count++;
                continue;
            }
            Marker marker = markers.get(m);
            AllelePair pair = remains.profile().genotype(marker.name());
            if (pair == null) {
                continue;
            }
            int shown = marker.genotypeIndex(pair.first(), pair.second());
            boolean possible = compatible[m][shown];
            if (remains.dropout() != null) {
                double[] row = remains.dropout().shownGivenTrue(marker, shown);
                possible = false;
                for (int g = 0; g < row.length && !possible; g++) {
                    possible = row[g] > 0 && compatible[m][g];
                }
            }
            if (!possible) {
                count++;
            }
        }
        return count;
    }

    /** log10 of the DNA LR: P(references, this person = remains) / (P(references) · P(remains)). */
    double log10DnaLr(DviProblem.Victim remains) {
        return log10AutosomalLr(remains) + x.log10Lr(pedigree, missing, references, remains);
    }

    private double log10AutosomalLr(DviProblem.Victim remains) {
        if (lrModel != null && remains.dropout() == null) {
            return lrModel.lr(remains.profile()).log10Lr();
        }
        List<InheritanceUnit> units = markers.stream().map(m -> InheritanceUnit.of(m, Chromosome.AUTOSOMAL)).toList();
        return Hypothesis.of(pedigree).missingPersonLr(missing, units, observed, observations(remains.profile()), 0, referenceDropout,
                remains.dropout()).log10Lr();
    }

    static Map<String, Observation> observations(Profile profile) {
        Map<String, Observation> out = new LinkedHashMap<>();
        profile.genotypes().forEach((marker, pair) -> out.put(marker, Observation.pair(pair)));
        return out;
    }
}
