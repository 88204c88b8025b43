package org.homeward.app.registry.web;

import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The merge of a report into a possible duplicate of it, from one duplicate's row on the person's page. */
record MergeForm(@NotBlank @Size(max = CODE_LENGTH) String survivorId, @Size(max = NOTE_LENGTH) String reason) {

    /** The fields a browser may post; anything else is ignored by the binder. */
    static final String[] FIELDS = {"survivorId", "reason"};
}
