package org.homeward.app.registry;

import static org.homeward.app.web.Limits.ADDRESS_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/** How to reach a relative. Restricted: read with FAMILY_CONTACT_READ (or break-glass), every read audited. */
public record ContactDetails(@Size(max = SHORT_TEXT_LENGTH) String phone, @Email @Size(max = ADDRESS_LENGTH) String email,
                             @Size(max = ADDRESS_LENGTH) String address, @Size(max = SHORT_TEXT_LENGTH) String language) {

    public ContactDetails {
        phone = Texts.singleSpaced(phone);
        email = Texts.singleSpaced(email);
        address = Texts.singleSpaced(address);
        language = Texts.singleSpaced(language);
    }

    public boolean isEmpty() {
        return phone == null && email == null && address == null && language == null;
    }
}
