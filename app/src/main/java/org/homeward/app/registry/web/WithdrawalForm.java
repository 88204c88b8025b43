package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.Size;

/** A donor's withdrawal of consent, from the sample's row on the family's page: why, as the donor put it. */
record WithdrawalForm(@Size(max = NOTE_LENGTH) String reason) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"reason"};
}
