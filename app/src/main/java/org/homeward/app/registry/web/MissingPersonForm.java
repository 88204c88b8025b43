package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.ACCOUNT_LENGTH;
import static org.homeward.app.web.Limits.ADDRESS_LENGTH;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

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
record MissingPersonForm(@Size(max = SHORT_TEXT_LENGTH) String serviceNumber,
                         @NotBlank @Size(max = NAME_LENGTH) String surname,
                         @Size(max = NAME_LENGTH) String givenNames,
                         @Size(max = NAME_LENGTH) String surnameLatin,
                         @Size(max = NAME_LENGTH) String givenNamesLatin,
                         @NotNull Sex sex,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                         @Size(max = NAME_LENGTH) String unit,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastSeenOn,
                         @Size(max = NAME_LENGTH) String lastSeenPlace,
                         @Size(max = ACCOUNT_LENGTH) String circumstances,
                         @Size(max = ACCOUNT_LENGTH) String physicalDescription,
                         @Size(max = NAME_LENGTH) String reporterName,
                         @Size(max = NAME_LENGTH) String reporterNameLatin,
                         @Size(max = SHORT_TEXT_LENGTH) String reporterRelation,
                         Boolean reporterMayGiveSample,
                         @Size(max = SHORT_TEXT_LENGTH) String phone,
                         @Email @Size(max = ADDRESS_LENGTH) String email,
                         @Size(max = ADDRESS_LENGTH) String address,
                         @Size(max = SHORT_TEXT_LENGTH) String language,
                         @Size(max = SHORT_TEXT_LENGTH) String relationWords,
                         @Size(max = CODE_LENGTH) String relationOf) {

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
