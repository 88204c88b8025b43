package org.homeward.kinship.lineage;

/**
 * Lineage and autosomal evidence together: LR = LR_lineage × LR_autosomal. The product assumes the
 * two are independent given each hypothesis: the Y chromosome (outside its pseudo-autosomal regions)
 * and mtDNA are inherited apart from the autosomes, and the lineage LR's population frequency and the
 * autosomal frequencies are taken as unlinked at population level (no substructure that ties a
 * haplotype to autosomal alleles). Both parts are kept so that each can be shown.
 */
public record CombinedEvidence(double autosomalLr, double lineageLr) {

    public double lr() {
        return autosomalLr * lineageLr;
    }
}
