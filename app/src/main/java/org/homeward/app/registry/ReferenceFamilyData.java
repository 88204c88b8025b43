package org.homeward.app.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.kinship.Pedigree;

/**
 * A family as identification needs it: its reference pedigree, the missing persons in it, and the
 * sample codes of the typed relatives. The profiles themselves are read by sample code from
 * {@code GeneticData}; no names are here.
 *
 * @param familyId             the registry's family id
 * @param pedigree             the reference pedigree built from the relationships the family stated
 *                             (persons who only connect others have descriptive ids such as
 *                             {@code "father of MP-17"} and are untyped)
 * @param missingPersons       the family's missing persons (one or more), by pedigree id
 * @param referenceSampleCodes pedigree id → sample code of each relative whose profile is stored and
 *                             whose consent allows identification (one sample per relative: the most
 *                             recently profiled)
 */
public record ReferenceFamilyData(long familyId, Pedigree pedigree, List<MissingInFamily> missingPersons,
                                  Map<String, String> referenceSampleCodes) {

    public ReferenceFamilyData {
        Objects.requireNonNull(pedigree, "pedigree");
        missingPersons = List.copyOf(missingPersons);
        referenceSampleCodes = Map.copyOf(referenceSampleCodes);
    }
}
