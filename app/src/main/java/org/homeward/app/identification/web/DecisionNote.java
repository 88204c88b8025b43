package org.homeward.app.identification.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.Size;

/** A proposal or confirmation, with an optional note: the API's body and the candidate page's form alike. */
record DecisionNote(@Size(max = NOTE_LENGTH) String reason) {

    static final String[] FIELDS = {"reason"};

    static DecisionNote blank() {
        return new DecisionNote(null);
    }
}
