package org.homeward.app.identification;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.kinship.Pedigree;

/**
 * Where identification gets the families it screens against: each family's reference pedigree, its
 * missing persons and the sample codes of its typed relatives (whose consent is in force). The
 * registry feature provides the real one; until it is present, identification screens no families.
 */
public interface ReferenceFamilySource {

    /** Every family that matching may use now. */
    List<Family> referenceFamiliesForMatching();

    /**
     * A family as screened.
     *
     * @param familyId         the registry's id of the family (case)
     * @param pedigree         the reference pedigree, missing persons included (untyped)
     * @param missingPersons   the family's missing persons, with their pedigree ids
     * @param referenceSamples typed relatives' sample codes by pedigree id
     */
    record Family(String familyId, Pedigree pedigree, List<MissingPerson> missingPersons, Map<String, String> referenceSamples) {
        public Family {
            Objects.requireNonNull(familyId, "familyId");
            Objects.requireNonNull(pedigree, "pedigree");
            missingPersons = List.copyOf(missingPersons);
            referenceSamples = Map.copyOf(referenceSamples);
        }
    }

    /** A missing person: the registry's id and the id used for them in the family's pedigree. */
    record MissingPerson(String missingPersonId, String pedigreeId) {
        public MissingPerson {
            Objects.requireNonNull(missingPersonId, "missingPersonId");
            Objects.requireNonNull(pedigreeId, "pedigreeId");
        }
    }
}
