package org.homeward.app.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.homeward.kinship.Sex;

/**
 * A missing person as the registry holds them.
 *
 * @param id                  {@code MP-17}
 * @param familyId            the family that reported them
 * @param relationWords       how they relate to {@code relationOf} in the family (null for the
 *                            person the family's pedigree starts from)
 * @param surname             as reported, in the script it was reported in
 * @param surnameLatin        in Latin letters: as given, or transliterated from Cyrillic (KMU 2010)
 * @param mergedInto          set when this record was a duplicate report: the record that survives
 * @param version             for optimistic locking of changes
 */
public record MissingPerson(String id, long familyId, String relationWords, String relationOf, String serviceNumber,
                            String surname, String givenNames, String surnameLatin, String givenNamesLatin, Sex sex,
                            LocalDate dateOfBirth, String unit, LocalDate lastSeenOn, String lastSeenPlace,
                            String circumstances, String physicalDescription, MissingPersonStatus status,
                            Instant statusChangedAt, String mergedInto, Instant reportedAt, String reportedBy, int version) {

    /** The name as reported: "Шевченко Тарас Григорович". */
    public String name() {
        return givenNames == null ? surname : surname + " " + givenNames;
    }

    /** The name in Latin letters: "Shevchenko Taras Hryhorovych". */
    public String nameLatin() {
        return givenNamesLatin == null ? surnameLatin : surnameLatin + " " + givenNamesLatin;
    }

    /** The name as reported and, when it differs, in Latin letters. */
    public String displayName() {
        String name = name();
        String latin = nameLatin();
        return name.equals(latin) ? name : name + " (" + latin + ")";
    }

    public boolean isMerged() {
        return mergedInto != null;
    }
}
