package org.homeward.formats.familias;

import java.util.List;

import org.homeward.kinship.Sex;

/** A person of the DVI section: a victim, or a member of a reference family. Sex UNKNOWN when no {@code Gender=}. */
public record DviPerson(String name, Sex sex, List<FamGenotype> genotypes) {

    public DviPerson {
        genotypes = List.copyOf(genotypes);
    }
}
