package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.LinkKind;
import org.homeward.app.remains.NewLink;

/** A commingling link to other remains as typed on a body's page. */
record LinkForm(@NotBlank @Size(max = 64) String other, @NotNull LinkKind kind, @NotBlank @Size(max = NOTE_LENGTH) String basis) {

    static final String[] FIELDS = {"other", "kind", "basis"};

    static LinkForm blank() {
        return new LinkForm(null, null, null);
    }

    NewLink link() {
        return new NewLink(other, kind, basis);
    }
}
