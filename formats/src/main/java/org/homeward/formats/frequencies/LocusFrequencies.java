package org.homeward.formats.frequencies;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The allele frequencies of one marker, in the order the file lists them. */
public record LocusFrequencies(String marker, Map<String, Double> alleles) {

    public LocusFrequencies {
        alleles = Collections.unmodifiableMap(new LinkedHashMap<>(alleles));
    }

    public double sum() {
        return alleles.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
