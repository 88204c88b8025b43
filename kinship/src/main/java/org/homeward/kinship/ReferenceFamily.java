package org.homeward.kinship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A family's reference pedigree prepared for identifying one missing person: per marker, the
 * distribution of the missing person's genotype given the typed relatives. This is the fixed part
 * of every identification LR, computed once; each remains then costs one table lookup per marker:
 *
 * <pre>
 *   LR(R) = P(references, MP = R) / (P(references) · P(R))  =  P(MP = R | references) / P(R)
 * </pre>
 * with P(R) the Hardy–Weinberg probability of R's genotype. Immutable and thread-safe.
 */
public final class ReferenceFamily {

    private final Pedigree pedigree;
    private final int missing;
    private final List<Marker> markers;
    private final Map<String, Integer> markerIndex;
    private final double[][] posterior;

    private ReferenceFamily(Pedigree pedigree, int missing, List<Marker> markers, double[][] posterior) {
        this.pedigree = pedigree;
        this.missing = missing;
        this.markers = List.copyOf(markers);
        this.markerIndex = new LinkedHashMap<>();
        for (int m = 0; m < markers.size(); m++) {
            markerIndex.put(markers.get(m).name(), m);
        }
        this.posterior = posterior;
    }

    /**
     * Checks the inputs (every problem at once) and computes the missing person's genotype
     * distribution at every marker.
     *
     * @param references typed relatives' profiles by pedigree id; markers a relative was not typed at are simply absent
     * @throws KinshipInputException for an unknown person or marker, a typed missing person, an allele not in
     *                               the marker's table, or references that are impossible on the pedigree
     */
    public static ReferenceFamily prepare(Pedigree pedigree, String missingPerson, List<Marker> markers,
                                          Map<String, Profile> references) {
        List<String> problems = new ArrayList<>();
        int mp = pedigree.indexOf(missingPerson);
        if (mp < 0) {
            problems.add("the missing person '" + missingPerson + "' is not in the pedigree");
        }
        Set<String> names = new HashSet<>();
        for (Marker m : markers) {
            if (!names.add(m.name())) {
                problems.add("marker " + m.name() + " is listed twice");
            }
        }
        for (Map.Entry<String, Profile> e : references.entrySet()) {
            String person = e.getKey();
            if (pedigree.indexOf(person) < 0) {
                problems.add("reference '" + person + "' is not in the pedigree");
            } else if (person.equals(missingPerson)) {
                problems.add("the missing person '" + person + "' cannot also be a typed reference");
            }
            for (Map.Entry<String, AllelePair> g : e.getValue().genotypes().entrySet()) {
                Marker marker = markers.stream().filter(m -> m.name().equals(g.getKey())).findFirst().orElse(null);
                if (marker == null) {
                    problems.add("reference '" + person + "' is typed at " + g.getKey() + ", which has no frequencies");
                    continue;
                }
                for (String allele : new String[] {g.getValue().first(), g.getValue().second()}) {
                    if (marker.alleleIndex(allele) < 0) {
                        problems.add("reference '" + person + "' has allele '" + allele + "' at " + marker.name()
                                + ", which is not in its frequency table");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        double[][] posterior = new double[markers.size()][];
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            int[] g = Likelihoods.genotypeIndexes(pedigree, marker, references);
            try {
                posterior[m] = Likelihoods.genotypeDistribution(pedigree, marker, g, mp);
            } catch (KinshipInputException impossible) {
                problems.add("the references' genotypes at " + marker.name()
                        + " are impossible on this pedigree under its mutation model");
            }
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new ReferenceFamily(pedigree, mp, markers, posterior);
    }

    public Pedigree pedigree() { return pedigree; }

    public String missingPerson() { return pedigree.id(missing); }

    public List<Marker> markers() { return markers; }

    /** Index of the marker in {@link #markers()}, or −1. */
    public int markerIndex(String name) {
        Integer i = markerIndex.get(name);
        return i == null ? -1 : i;
    }

    /** P(missing person's genotype = g | references) at marker m, by genotype index. A copy. */
    public double[] genotypeDistribution(int m) {
        return posterior[m].clone();
    }

    /** log10 of the LR at marker m for genotype index g: −∞ when the genotype is excluded. */
    public double log10Lr(int m, int g) {
        double p = posterior[m][g];
        return p == 0 ? Double.NEGATIVE_INFINITY : Math.log10(p / markers.get(m).genotypeFrequency(g));
    }

    /**
     * The identification LR of a remains' profile: per marker and in total. Markers the remains were
     * not typed at, and markers the family's model does not hold, contribute LR 1 and are not listed.
     *
     * @throws KinshipInputException when the remains carry an allele absent from a marker's table
     */
    public LrResult lr(Profile remains) {
        Map<String, Double> perMarker = new LinkedHashMap<>();
        double log10 = 0;
        int compared = 0;
        List<String> problems = new ArrayList<>();
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            AllelePair pair = remains.genotype(marker.name());
            if (pair == null) {
                continue;
            }
            int a = marker.alleleIndex(pair.first());
            int b = marker.alleleIndex(pair.second());
            if (a < 0 || b < 0) {
                problems.add("remains '" + remains.id() + "' have allele '" + (a < 0 ? pair.first() : pair.second())
                        + "' at " + marker.name() + ", which is not in its frequency table");
                continue;
            }
            int g = Marker.genotypeIndex(a, b);
            double l = log10Lr(m, g);
            perMarker.put(marker.name(), l == Double.NEGATIVE_INFINITY ? 0.0 : posterior[m][g] / marker.genotypeFrequency(g));
            log10 += l;
            compared++;
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        return new LrResult(log10, perMarker, compared);
    }
}
