package org.homeward.app.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How to reach a relative. Restricted: read with FAMILY_CONTACT_READ (or break-glass), every read audited. */
public record ContactDetails(@Size(max = 50) String phone, @Email @Size(max = 200) String email,
                             @Size(max = 500) String address, @Size(max = 50) String language) {

    public ContactDetails {
        phone = Text.clean(phone);
        email = Text.clean(email);
        address = Text.clean(address);
        language = Text.clean(language);
    }

    public boolean isEmpty() {
        return phone == null && email == null && address == null && language == null;
    }
}
