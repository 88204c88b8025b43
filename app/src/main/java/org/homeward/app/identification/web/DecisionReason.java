package org.homeward.app.identification.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection or exclusion, which needs its reason: the API's body and the candidate page's form alike. */
record DecisionReason(@NotBlank @Size(max = NOTE_LENGTH) String reason) {

    static final String[] FIELDS = {"reason"};

    static DecisionReason blank() {
        return new DecisionReason(null);
    }
}
