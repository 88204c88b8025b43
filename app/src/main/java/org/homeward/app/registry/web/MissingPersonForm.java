package org.homeward.app.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.registry.ContactDetails;
import org.homeward.app.registry.NewMissingPerson;
import org.homeward.app.registry.NewRelative;
import org.homeward.kinship.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a missing person: a family's new report (with who reports, and their contact) on the
 * report page, or one more missing person of a family (with how they are related) on its page.
 */
record MissingPersonForm(@Size(max = 50) String serviceNumber,
                         @NotBlank @Size(max = 200) String surname,
                         @Size(max = 300) String givenNames,
                         @Size(max = 200) String surnameLatin,
                         @Size(max = 300) String givenNamesLatin,
                         @NotNull Sex sex,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                         @Size(max = 300) String unit,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastSeenOn,
                         @Size(max = 300) String lastSeenPlace,
                         @Size(max = 4000) String circumstances,
                         @Size(max = 4000) String physicalDescription,
                         @Size(max = 300) String reporterName,
                         @Size(max = 300) String reporterNameLatin,
                         @Size(max = 100) String reporterRelation,
                         Boolean reporterMayGiveSample,
                         @Size(max = 50) String phone,
                         @Email @Size(max = 200) String email,
                         @Size(max = 500) String address,
                         @Size(max = 50) String language,
                         @Size(max = 100) String relationWords,
                         @Size(max = 20) String relationOf) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"serviceNumber", "surname", "givenNames", "surnameLatin", "givenNamesLatin", "sex",
            "dateOfBirth", "unit", "lastSeenOn", "lastSeenPlace", "circumstances", "physicalDescription", "reporterName",
            "reporterNameLatin", "reporterRelation", "reporterMayGiveSample", "phone", "email", "address", "language",
            "relationWords", "relationOf"};

    /** The blank form a page starts with. */
    static MissingPersonForm blank() {
        return new MissingPersonForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    NewMissingPerson person() {
        return new NewMissingPerson(serviceNumber, surname, givenNames, surnameLatin, givenNamesLatin, sex, dateOfBirth, unit,
                lastSeenOn, lastSeenPlace, circumstances, physicalDescription);
    }

    /** Who reports, when the report names them (by name or by relationship); their contact only when given. */
    NewRelative reporter() {
        if (isBlank(reporterName) && isBlank(reporterRelation)) {
            return null;
        }
        ContactDetails contact = new ContactDetails(phone, email, address, language);
        return new NewRelative(reporterName, reporterNameLatin, null, reporterRelation, null, true, Boolean.TRUE.equals(reporterMayGiveSample),
                contact.isEmpty() ? null : contact);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
