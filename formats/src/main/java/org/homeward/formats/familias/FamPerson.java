package org.homeward.formats.familias;

import java.util.List;

/**
 * A person of the main section.
 *
 * @param dropoutConsidered Familias' "(Consider dropouts)" flag; read and kept, not used by Homeward
 */
public record FamPerson(String name, boolean male, List<FamGenotype> genotypes, boolean dropoutConsidered) {

    public FamPerson {
        genotypes = List.copyOf(genotypes);
    }
}
