package org.homeward.app.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.kinship.Sex;

/**
 * A missing person as a family reports them. Names in Cyrillic or Latin letters; the Latin spelling
 * (as in a passport) may be given, else it is transliterated from the Cyrillic (KMU 2010).
 */
public record NewMissingPerson(@Size(max = 50) String serviceNumber,
                               @NotBlank @Size(max = 200) String surname,
                               @Size(max = 300) String givenNames,
                               @Size(max = 200) String surnameLatin,
                               @Size(max = 300) String givenNamesLatin,
                               @NotNull Sex sex,
                               LocalDate dateOfBirth,
                               @Size(max = 300) String unit,
                               LocalDate lastSeenOn,
                               @Size(max = 300) String lastSeenPlace,
                               @Size(max = 4000) String circumstances,
                               @Size(max = 4000) String physicalDescription) {

    public NewMissingPerson {
        serviceNumber = Text.clean(serviceNumber);
        surname = Text.clean(surname);
        givenNames = Text.clean(givenNames);
        surnameLatin = Text.clean(surnameLatin);
        givenNamesLatin = Text.clean(givenNamesLatin);
        unit = Text.clean(unit);
        lastSeenPlace = Text.clean(lastSeenPlace);
        circumstances = Text.clean(circumstances);
        physicalDescription = Text.clean(physicalDescription);
    }
}
