package org.homeward.formats.codis;

import java.util.List;

/** A LOCUS of a specimen: canonical marker name, who read it and when, and the allele values. */
public record CmfLocus(String name, String readingBy, String readingDateTime, List<String> alleles) {

    public CmfLocus {
        alleles = List.copyOf(alleles);
    }
}
