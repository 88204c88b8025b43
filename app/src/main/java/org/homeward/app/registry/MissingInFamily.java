package org.homeward.app.registry;

import java.util.Objects;

import org.homeward.kinship.Sex;

/**
 * A missing person in a family's reference pedigree.
 *
 * @param pedigreeId      the person's id in {@link ReferenceFamilyData#pedigree()}
 * @param missingPersonId the registry's id of the missing person ({@code MP-17}), as in
 *                        {@code IdentificationConfirmed}
 * @param sex             as reported
 * @param status          where the case stands (an identified person may still help to identify a
 *                        relative missing with them)
 */
public record MissingInFamily(String pedigreeId, String missingPersonId, Sex sex, MissingPersonStatus status) {

    public MissingInFamily {
        Objects.requireNonNull(pedigreeId, "pedigreeId");
        Objects.requireNonNull(missingPersonId, "missingPersonId");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(status, "status");
    }
}
