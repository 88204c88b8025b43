package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.registry.MissingPersonStatus;

/** The change of a missing person's status on their page, with the record's version it was based on. */
record StatusForm(@NotNull MissingPersonStatus status, @NotNull Integer version, @Size(max = NOTE_LENGTH) String note) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"status", "version", "note"};

    /** The blank form of a record at {@code version}. */
    static StatusForm blank(int version) {
        return new StatusForm(null, version, null);
    }
}
