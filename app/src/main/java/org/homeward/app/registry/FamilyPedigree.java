package org.homeward.app.registry;

import java.util.List;

import org.homeward.kinship.Pedigree;

/**
 * A family's reference pedigree as built from its relationships: the pedigree (null when it cannot
 * be built), every problem at once (in the family's names), the persons added only to connect
 * others, and the drawing.
 */
public record FamilyPedigree(long familyId, Pedigree pedigree, List<String> problems, List<String> placeholders, String svg) {

    public FamilyPedigree {
        problems = List.copyOf(problems);
        placeholders = List.copyOf(placeholders);
    }

    public boolean built() {
        return pedigree != null;
    }
}
