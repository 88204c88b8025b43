package org.homeward.app.registry;

import static org.homeward.app.web.Limits.ACCOUNT_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;
import org.homeward.kinship.Sex;

/**
 * A missing person as a family reports them. Names in Cyrillic or Latin letters; the Latin spelling
 * (as in a passport) may be given, else it is transliterated from the Cyrillic (KMU 2010).
 */
public record NewMissingPerson(@Size(max = SHORT_TEXT_LENGTH) String serviceNumber,
                               @NotBlank @Size(max = NAME_LENGTH) String surname,
                               @Size(max = NAME_LENGTH) String givenNames,
                               @Size(max = NAME_LENGTH) String surnameLatin,
                               @Size(max = NAME_LENGTH) String givenNamesLatin,
                               @NotNull Sex sex,
                               LocalDate dateOfBirth,
                               @Size(max = NAME_LENGTH) String unit,
                               LocalDate lastSeenOn,
                               @Size(max = NAME_LENGTH) String lastSeenPlace,
                               @Size(max = ACCOUNT_LENGTH) String circumstances,
                               @Size(max = ACCOUNT_LENGTH) String physicalDescription) {

    public NewMissingPerson {
        serviceNumber = Texts.singleSpaced(serviceNumber);
        surname = Texts.singleSpaced(surname);
        givenNames = Texts.singleSpaced(givenNames);
        surnameLatin = Texts.singleSpaced(surnameLatin);
        givenNamesLatin = Texts.singleSpaced(givenNamesLatin);
        unit = Texts.singleSpaced(unit);
        lastSeenPlace = Texts.singleSpaced(lastSeenPlace);
        circumstances = Texts.singleSpaced(circumstances);
        physicalDescription = Texts.singleSpaced(physicalDescription);
    }
}
