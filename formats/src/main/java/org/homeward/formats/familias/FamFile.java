package org.homeward.formats.familias;

import java.util.List;
import java.util.Optional;

/**
 * A Familias {@code .fam} file as read: everything Homeward models, plus the program settings
 * sections kept verbatim so that writing the file back loses nothing of them.
 *
 * @param version       the version line, e.g. {@code 3.3 (DVI)}
 * @param persons       the persons of the main section
 * @param knownExtraFemales untyped females added by the known relations
 * @param knownExtraMales untyped males added by the known relations
 * @param knownRelations relations common to every pedigree
 * @param pedigrees     the pedigrees (hypotheses)
 * @param database      the frequency database with θ and mutation models
 * @param dvi           the {@code [DVI]} section, if any
 * @param settings      the other trailing sections ({@code [Prior]}, {@code [Advanced]}, …), verbatim
 */
public record FamFile(String version, List<FamPerson> persons, int knownExtraFemales, int knownExtraMales,
                      List<FamRelation> knownRelations, List<FamPedigree> pedigrees, FamDatabase database,
                      Optional<FamDvi> dvi, List<String> settings) {

    public FamFile {
        persons = List.copyOf(persons);
        knownRelations = List.copyOf(knownRelations);
        pedigrees = List.copyOf(pedigrees);
        settings = List.copyOf(settings);
    }

    public boolean isDvi() {
        return dvi.isPresent();
    }
}
