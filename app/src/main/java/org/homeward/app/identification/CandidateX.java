package org.homeward.app.identification;

import java.util.List;

import org.homeward.kinship.Sex;

/**
 * The X-STR part of a candidate's evidence: the kinship library's exact X-linked LR of the remains
 * against the missing person (hemizygous men, a father's one X to every daughter), one marker per
 * linkage group of Argus X-12 ({@link org.homeward.kinship.screen.XStrEvidence#LINKAGE_GROUPS}), the groups taken as independent.
 * Combined LR = the LR before it (autosomal × lineage) × X LR, assuming X independent of the autosomes
 * and of the lineage markers given each hypothesis. A pair with neither autosomal nor lineage evidence (remains typed
 * at X alone, or a family whose relatives are typed at X alone) has no LR before: {@code beforeTyped} is false and
 * its LR is the X LR.
 *
 * @param beforeLog10Lr     log10 of the LR before the X part: autosomal × lineage (0 when {@code beforeTyped} is false)
 * @param beforeTyped       false when nothing came before X: neither autosomal nor lineage markers typed on both sides
 * @param xLog10Lr          log10 of the X LR (−∞ when an X marker excludes)
 * @param remainsSex        the remains' sex, which decided whether they carry one X allele or two
 * @param units             the markers used, one per linkage group, with their LRs
 * @param relatives         the pedigree ids of the relatives typed at those markers
 * @param frequencyDatabase the database the X frequencies came from
 */
public record CandidateX(double beforeLog10Lr, boolean beforeTyped, double xLog10Lr, Sex remainsSex, List<Unit> units, List<String> relatives,
                         String frequencyDatabase) {

    public CandidateX {
        units = List.copyOf(units);
        relatives = List.copyOf(relatives);
    }

    /** One marker standing for its linkage group, and its LR. */
    public record Unit(String linkageGroup, String marker, double lr) {

        public double log10Lr() {
            return Math.log10(lr);
        }
    }

    /** log10 of the combined LR = LR before × X LR. */
    public double combinedLog10Lr() {
        return beforeLog10Lr + xLog10Lr;
    }
}
