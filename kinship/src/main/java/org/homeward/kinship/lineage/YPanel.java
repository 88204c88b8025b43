package org.homeward.kinship.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.kinship.KinshipInputException;

/**
 * The Y-STR loci a laboratory types, with their copy numbers and mutation rates, and the share of
 * mutations that are two-step (the rest are one-step; longer steps are not modelled).
 */
public record YPanel(String name, List<YLocus> loci, double twoStepShare) {

    public YPanel {
        loci = List.copyOf(loci);
        if (!(twoStepShare >= 0 && twoStepShare <= 1)) {
            throw new KinshipInputException("the two-step share of Y-STR mutations " + twoStepShare + " is outside [0, 1]");
        }
        List<String> seen = new ArrayList<>();
        for (YLocus locus : loci) {
            if (seen.contains(locus.name())) {
                throw new KinshipInputException("Y-STR panel " + name + " lists locus " + locus.name() + " twice");
            }
            seen.add(locus.name());
        }
    }

    public Optional<YLocus> locus(String locusName) {
        return loci.stream().filter(l -> l.name().equals(locusName)).findFirst();
    }

    /** The loci by name, in panel order. */
    public Map<String, YLocus> byName() {
        Map<String, YLocus> map = new LinkedHashMap<>();
        loci.forEach(l -> map.put(l.name(), l));
        return map;
    }

    /**
     * Refuses a haplotype with a locus this panel does not type or with more alleles at a locus than
     * it has copies; every problem is named.
     */
    public void check(YHaplotype haplotype) {
        List<String> problems = new ArrayList<>();
        haplotype.alleles().forEach((locusName, alleles) -> {
            Optional<YLocus> locus = locus(locusName);
            if (locus.isEmpty()) {
                problems.add("unknown Y-STR locus " + locusName + " (panel " + name + ")");
            } else if (alleles.size() != locus.get().copies()) {
                problems.add("Y-STR locus " + locusName + " has " + locus.get().copies() + " copies but " + alleles.size() + " alleles were given");
            }
        });
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
    }
}
