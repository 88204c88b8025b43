package org.homeward.kinship;

import java.util.List;
import java.util.Map;

/**
 * What is inherited as one piece: a single marker, or two linked markers of the same chromosome
 * with the recombination rate ρ between them (a parent passes either of its haplotypes with
 * probability (1 − ρ)/2 each and either recombinant with ρ/2 each). Units are independent. A
 * marker may have a silent allele (see {@link #withSilentAllele}).
 */
public record InheritanceUnit(String name, Chromosome chromosome, List<Marker> markers, double recombinationRate,
                              Map<String, String> silentAlleles) {

    public InheritanceUnit {
        markers = List.copyOf(markers);
        silentAlleles = Map.copyOf(silentAlleles);
        for (Map.Entry<String, String> e : silentAlleles.entrySet()) {
            Marker m = markers.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
            if (m == null || m.alleleIndex(e.getValue()) < 0) {
                throw new KinshipInputException("unit " + name + ": the silent allele '" + e.getValue() + "' of " + e.getKey()
                        + " is not in that marker's frequency table");
            }
        }
        if (markers.isEmpty() || markers.size() > 2) {
            throw new KinshipInputException("unit " + name + ": one marker or a linked pair of two, got " + markers.size());
        }
        if (markers.size() == 2 && markers.get(0).name().equals(markers.get(1).name())) {
            throw new KinshipInputException("unit " + name + ": a marker cannot be linked to itself");
        }
        if (!(recombinationRate >= 0 && recombinationRate <= 0.5)) {
            throw new KinshipInputException("unit " + name + ": recombination rate " + recombinationRate + " is outside [0, 0.5]");
        }
    }

    public static InheritanceUnit of(Marker marker, Chromosome chromosome) {
        return new InheritanceUnit(marker.name(), chromosome, List.of(marker), 0.5, Map.of());
    }

    public static InheritanceUnit linked(String name, Chromosome chromosome, Marker first, Marker second, double rate) {
        return new InheritanceUnit(name, chromosome, List.of(first, second), rate, Map.of());
    }

    /**
     * This unit with a silent (null) allele at one of its markers: an allele of the marker's table,
     * with its frequency, that no typing shows. A homozygous-looking a/a is then a/a or a/silent.
     */
    public InheritanceUnit withSilentAllele(String marker, String allele) {
        Map<String, String> silent = new java.util.HashMap<>(silentAlleles);
        silent.put(marker, allele);
        return new InheritanceUnit(name, chromosome, markers, recombinationRate, silent);
    }

    public boolean isLinkedPair() {
        return markers.size() == 2;
    }
}
