package org.homeward.kinship.dvi;

import java.util.List;
import java.util.Map;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;

/**
 * One missing person given the family's current references: the identification LR of any remains
 * (exact, with the markers' mutation models) and the Mendelian check (mutation switched off). Both
 * fixed parts are computed once; each remains then costs a lookup per marker.
 */
final class MissingPersonModel {

    private final List<Marker> markers;
    private final ReferenceFamily lrModel;
    /** Per marker, which genotypes are possible without mutation; all false when the references need one. */
    private final boolean[][] compatible;
    private final boolean[] referencesNeedMutation;

    private MissingPersonModel(List<Marker> markers, ReferenceFamily lrModel, boolean[][] compatible) {
        this.markers = markers;
        this.lrModel = lrModel;
        this.compatible = compatible;
        this.referencesNeedMutation = new boolean[compatible.length];
        for (int m = 0; m < compatible.length; m++) {
            boolean any = false;
            for (boolean c : compatible[m]) {
                any |= c;
            }
            referencesNeedMutation[m] = !any;
        }
    }

    static MissingPersonModel of(Pedigree pedigree, String missing, List<Marker> markers, Map<String, Profile> references) {
        ReferenceFamily lrModel = ReferenceFamily.prepare(pedigree, missing, markers, references);
        int person = pedigree.require(missing);
        boolean[][] compatible = new boolean[markers.size()][];
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            compatible[m] = Likelihoods.mendelianCompatible(pedigree, marker,
                    Likelihoods.genotypeIndexes(pedigree, marker, references), person);
        }
        return new MissingPersonModel(markers, lrModel, compatible);
    }

    /**
     * Markers at which the remains cannot be this person without a mutation. A marker where the
     * references themselves need a mutation counts for every remains, typed there or not: the
     * pedigree's likelihood without mutation is 0 whoever is placed in it.
     */
    int incompatibleMarkers(Profile remains) {
        int count = 0;
        for (int m = 0; m < markers.size(); m++) {
            if (referencesNeedMutation[m]) {
                count++;
                continue;
            }
            Marker marker = markers.get(m);
            AllelePair pair = remains.genotype(marker.name());
            if (pair != null && !compatible[m][marker.genotypeIndex(pair.first(), pair.second())]) {
                count++;
            }
        }
        return count;
    }

    /** log10 of the DNA LR: P(references, this person = remains) / (P(references) · P(remains)). */
    double log10DnaLr(Profile remains) {
        return lrModel.lr(remains).log10Lr();
    }
}
