package org.homeward.app.families;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The liaison officer's record that the family was told of a further part: the day it happened and
 * the family's choice. The API's body and the page's form alike.
 */
public record NewFurtherRemainsStep(@NotNull LocalDate informedOn, @NotNull FurtherRemainsChoice choice, @Size(max = NOTE_LENGTH) String note) {

    public NewFurtherRemainsStep {
        note = blankToNull(note);
    }

    public static NewFurtherRemainsStep blank() {
        return new NewFurtherRemainsStep(null, null, null);
    }
}
