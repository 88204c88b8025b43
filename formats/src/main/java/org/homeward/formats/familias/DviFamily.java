package org.homeward.formats.familias;

import java.util.List;

/** A DVI reference family: its persons (typed or not) and its pedigrees. */
public record DviFamily(String name, List<DviPerson> persons, List<DviPedigree> pedigrees) {

    public DviFamily {
        persons = List.copyOf(persons);
        pedigrees = List.copyOf(pedigrees);
    }
}
