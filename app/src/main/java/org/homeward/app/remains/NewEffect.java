package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/** A personal effect found with remains: it becomes an item of its own under the body number. */
public record NewEffect(@NotNull EffectCategory category, @NotBlank @Size(max = NOTE_LENGTH) String description) {

    public NewEffect {
        description = Texts.blankToNull(description);
    }
}
