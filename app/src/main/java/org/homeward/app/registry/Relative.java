package org.homeward.app.registry;

import java.time.Instant;

import org.homeward.kinship.Sex;

/**
 * A relative of a family's missing persons (without contact details: see
 * {@link Families#contact(String)}).
 *
 * @param id            {@code R-5}, also their id in the family's pedigree
 * @param relationWords how they relate to {@code relationOf}, in plain words ("paternal half-brother")
 * @param relationOf    the member of the family ({@code MP-n} or {@code R-n}) they relate to
 * @param reporting     they reported the missing person
 * @param mayGiveSample they gave or may give a reference sample
 */
public record Relative(String id, long familyId, String fullName, String fullNameLatin, Sex sex, String relationWords,
                       String relationOf, boolean reporting, boolean mayGiveSample, Instant createdAt, String createdBy) {

    public String displayName() {
        return fullName.equals(fullNameLatin) ? fullName : fullName + " (" + fullNameLatin + ")";
    }
}
