package org.homeward.app.genetics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.kinship.lineage.MtHaplotype;
import org.homeward.kinship.lineage.MtRegion;
import org.homeward.kinship.lineage.YAllele;
import org.homeward.kinship.lineage.YHaplotype;

/**
 * A sample's Y-STR haplotype or mtDNA haplotype under its sample code, as stored: a Y haplotype as its
 * canonical text ({@link YHaplotype#key()}, "DYS19=14;DYS385=11,14"), an mtDNA haplotype as its variants
 * from the rCRS in EMPOP notation with the region read.
 */
public record LineageProfile(String sampleCode, Lineage lineage, String haplotype, String region) {

    public LineageProfile {
        Objects.requireNonNull(sampleCode, "sampleCode");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(haplotype, "haplotype");
        if ((lineage == Lineage.MTDNA) != (region != null)) {
            throw new IllegalArgumentException("an mtDNA profile, and only it, has a region");
        }
    }

    public static LineageProfile of(String sampleCode, YHaplotype haplotype) {
        return new LineageProfile(sampleCode, Lineage.Y_STR, haplotype.key(), null);
    }

    public static LineageProfile of(String sampleCode, MtHaplotype haplotype) {
        return new LineageProfile(sampleCode, Lineage.MTDNA, haplotype.notation(), haplotype.region().toString());
    }

    /** The Y-STR haplotype this profile holds. */
    public YHaplotype yHaplotype() {
        if (lineage != Lineage.Y_STR) {
            throw new IllegalStateException(sampleCode + " holds an mtDNA profile");
        }
        Map<String, List<YAllele>> alleles = new LinkedHashMap<>();
        for (String locus : haplotype.split(";")) {
            int eq = locus.indexOf('=');
            List<YAllele> copies = new ArrayList<>();
            for (String allele : locus.substring(eq + 1).split(",")) {
                copies.add(YAllele.parse(allele));
            }
            alleles.put(locus.substring(0, eq), copies);
        }
        return new YHaplotype(alleles);
    }

    /** The mtDNA haplotype this profile holds. */
    public MtHaplotype mtHaplotype() {
        if (lineage != Lineage.MTDNA) {
            throw new IllegalStateException(sampleCode + " holds a Y-STR profile");
        }
        return MtHaplotype.parse(MtRegion.parse(region), haplotype);
    }
}
