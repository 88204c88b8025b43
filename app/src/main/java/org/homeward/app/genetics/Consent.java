package org.homeward.app.genetics;

import java.util.Set;

import org.homeward.app.common.InputRefusedException;

/** A donor's consent: its scope and, for sharing, the organisations the profile may go to. */
public record Consent(ConsentScope scope, Set<String> organisations) {

    public Consent {
        organisations = Set.copyOf(organisations);
        if (scope == ConsentScope.IDENTIFICATION_ONLY && !organisations.isEmpty()) {
            throw new InputRefusedException("consent.organisations", "A consent for identification only names no organisations to share with");
        }
    }

    public static Consent identificationOnly() {
        return new Consent(ConsentScope.IDENTIFICATION_ONLY, Set.of());
    }

    public static Consent sharingWith(Set<String> organisations) {
        return new Consent(ConsentScope.IDENTIFICATION_AND_SHARING, organisations);
    }
}
