package org.homeward.formats.familias;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A locus of the database section.
 *
 * @param alleles           allele names and frequencies in file order (the silent allele excluded)
 * @param silentAllele      whether a silent allele is used; kept, not modelled by Homeward
 * @param silentFrequency   its frequency
 * @param databaseSize      the info line's DatabaseSize
 * @param dropoutProbability the info line's dropout probability; kept, not used
 * @param minorAlleleFrequency the info line's minor allele frequency; kept, not used
 */
public record FamLocus(String name, FamMutation female, FamMutation male, Map<String, Double> alleles,
                       boolean silentAllele, double silentFrequency, long databaseSize,
                       double dropoutProbability, double minorAlleleFrequency) {

    public FamLocus {
        alleles = Collections.unmodifiableMap(new LinkedHashMap<>(alleles));
    }
}
