package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NAME_LENGTH;

import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * Who holds an item, or hands it over: a person, the organisation they act for and their role
 * (for instance "Col. I. Petrenko", "Coordination Headquarters", "receiving officer"). Any part may
 * be unknown, but not all of them.
 */
public record Custodian(@Size(max = NAME_LENGTH) String person, @Size(max = NAME_LENGTH) String organisation, @Size(max = NAME_LENGTH) String role) {

    public Custodian {
        person = Texts.blankToNull(person);
        organisation = Texts.blankToNull(organisation);
        role = Texts.blankToNull(role);
    }

    public boolean isEmpty() {
        return person == null && organisation == null && role == null;
    }

    /** "person (role), organisation", leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (person != null) {
            s.append(person);
        }
        if (role != null) {
            s.append(s.isEmpty() ? role : " (" + role + ")");
        }
        if (organisation != null) {
            s.append(s.isEmpty() ? organisation : ", " + organisation);
        }
        return s.toString();
    }
}
