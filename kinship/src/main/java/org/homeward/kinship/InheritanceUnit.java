package org.homeward.kinship;

import java.util.List;

/**
 * What is inherited as one piece: a single marker, or two linked markers of the same chromosome
 * with the recombination rate ρ between them (a parent passes either of its haplotypes with
 * probability (1 − ρ)/2 each and either recombinant with ρ/2 each). Units are independent.
 */
public record InheritanceUnit(String name, Chromosome chromosome, List<Marker> markers, double recombinationRate) {

    public InheritanceUnit {
        markers = List.copyOf(markers);
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
        return new InheritanceUnit(marker.name(), chromosome, List.of(marker), 0.5);
    }

    public static InheritanceUnit linked(String name, Chromosome chromosome, Marker first, Marker second, double rate) {
        return new InheritanceUnit(name, chromosome, List.of(first, second), rate);
    }

    public boolean isLinkedPair() {
        return markers.size() == 2;
    }
}
