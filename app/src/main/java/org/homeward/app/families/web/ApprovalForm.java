package org.homeward.app.families.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supervisor's approval of notifying the family, with the notification's version it was based on. */
record ApprovalForm(@NotNull Integer version, @Size(max = NOTE_LENGTH) String note) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"version", "note"};

    static ApprovalForm blank(int version) {
        return new ApprovalForm(version, null);
    }
}
