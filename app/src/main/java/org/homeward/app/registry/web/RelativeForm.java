package org.homeward.app.registry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.app.registry.ContactDetails;
import org.homeward.app.registry.NewRelative;
import org.homeward.kinship.Sex;

/** A relative added on their family's page: "Павло is the paternal half-brother of MP-17", with a phone number if given. */
record RelativeForm(@NotBlank @Size(max = 300) String fullName,
                    @Size(max = 300) String fullNameLatin,
                    Sex sex,
                    @NotBlank @Size(max = 100) String relationWords,
                    @NotBlank @Size(max = 20) String relationOf,
                    Boolean mayGiveSample,
                    @Size(max = 50) String phone) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"fullName", "fullNameLatin", "sex", "relationWords", "relationOf", "mayGiveSample", "phone"};

    static RelativeForm blank() {
        return new RelativeForm(null, null, null, null, null, null, null);
    }

    NewRelative relative() {
        ContactDetails contact = new ContactDetails(phone, null, null, null);
        return new NewRelative(fullName, fullNameLatin, sex, relationWords, relationOf, false, Boolean.TRUE.equals(mayGiveSample),
                contact.isEmpty() ? null : contact);
    }
}
