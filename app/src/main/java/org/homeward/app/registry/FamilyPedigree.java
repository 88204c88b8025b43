package org.homeward.app.registry;

import java.util.List;

import org.homeward.kinship.Pedigree;

/**
 * A family's reference pedigree as built from its relationships: the pedigree (null when it cannot
 * be built), every problem at once (in the family's names), the persons added only to connect
 * others, and the family it draws ({@link #svg(PedigreeWords)}, in the reader's words).
 */
public record FamilyPedigree(long familyId, Pedigree pedigree, List<String> problems, List<String> placeholders, Family family) {

    public FamilyPedigree {
        problems = List.copyOf(problems);
        placeholders = List.copyOf(placeholders);
    }

    public boolean built() {
        return pedigree != null;
    }

    /** The drawing as SVG, its labels and legend in the given words; null when the pedigree could not be built. */
    public String svg(PedigreeWords words) {
        return built() ? PedigreeDrawing.svg(pedigree, family, placeholders, words, true) : null;
    }

    /** The same drawing with member ids for names (the relationship words kept), for a reader who may not read the registry. */
    public String svgWithoutNames(PedigreeWords words) {
        return built() ? PedigreeDrawing.svg(pedigree, family, placeholders, words, false) : null;
    }
}
