package org.homeward.app.registry.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.homeward.app.registry.ContactDetails;

/** A relative's contact details as updated on their contact page. */
record ContactForm(@Size(max = 50) String phone, @Email @Size(max = 200) String email, @Size(max = 500) String address,
                   @Size(max = 50) String language) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"phone", "email", "address", "language"};

    /** The form holding the details as they are (blank when none are recorded). */
    static ContactForm of(ContactDetails contact) {
        return contact == null ? new ContactForm(null, null, null, null)
                : new ContactForm(contact.phone(), contact.email(), contact.address(), contact.language());
    }

    ContactDetails contact() {
        return new ContactDetails(phone, email, address, language);
    }
}
