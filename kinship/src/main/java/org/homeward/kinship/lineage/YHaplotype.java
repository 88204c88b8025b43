package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.homeward.kinship.KinshipInputException;

/**
 * A Y-STR haplotype: for each typed locus its alleles, one per copy, as an unordered set (sorted, so
 * that DYS385 "14,11" and "11,14" are the same haplotype). A locus not typed is absent.
 */
public record YHaplotype(Map<String, List<YAllele>> alleles) {

    public YHaplotype {
        Map<String, List<YAllele>> sorted = new TreeMap<>();
        alleles.forEach((locus, list) -> {
            if (list.isEmpty()) {
                throw new KinshipInputException("Y-STR locus " + locus + " is listed without alleles");
            }
            List<YAllele> copy = new ArrayList<>(list);
            Collections.sort(copy);
            sorted.put(locus, List.copyOf(copy));
        });
        alleles = Collections.unmodifiableMap(sorted);
    }

    /** This haplotype over the given loci only: null when it lacks one of them. */
    YHaplotype over(Iterable<String> loci) {
        Map<String, List<YAllele>> subset = new TreeMap<>();
        for (String locus : loci) {
            List<YAllele> a = alleles.get(locus);
            if (a == null) {
                return null;
            }
            subset.put(locus, a);
        }
        return new YHaplotype(subset);
    }

    /** A canonical text of the haplotype, e.g. "DYS19=14;DYS385=11,14", used as a lookup key. */
    public String key() {
        return alleles.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(YAllele::toString).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    @Override
    public String toString() {
        return key();
    }
}
