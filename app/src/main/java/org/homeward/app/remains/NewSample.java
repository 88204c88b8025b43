package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * A DNA sample taken from remains: the material, which bone or tooth ("left femur", "tooth 38"),
 * who took it and when (now when absent). It gets a sample code of its own, printed on its label.
 */
public record NewSample(@NotNull SampleMaterial material, @Size(max = NAME_LENGTH) String element,
                        @NotBlank @Size(max = NAME_LENGTH) String takenBy, @PastOrPresent Instant takenAt,
                        @Size(max = NOTE_LENGTH) String notes) {

    public NewSample {
        element = Texts.blankToNull(element);
        takenBy = Texts.blankToNull(takenBy);
        notes = Texts.blankToNull(notes);
    }
}
