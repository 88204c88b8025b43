package org.homeward.app.identification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.genetics.DropoutClass;

/** An analyst sets the dropout class of one remains sample. */
record DropoutClassForm(@NotBlank @Size(max = 64) String sampleCode, @NotNull DropoutClass dropoutClass) {

    static final String[] FIELDS = {"sampleCode", "dropoutClass"};

    static DropoutClassForm blank() {
        return new DropoutClassForm(null, null);
    }
}
