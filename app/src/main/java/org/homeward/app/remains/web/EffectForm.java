package org.homeward.app.remains.web;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.remains.EffectCategory;
import org.homeward.app.remains.NewEffect;

/** A personal effect as typed on a body's page. */
record EffectForm(@NotNull EffectCategory category, @NotBlank @Size(max = NOTE_LENGTH) String description) {

    static final String[] FIELDS = {"category", "description"};

    static EffectForm blank() {
        return new EffectForm(null, null);
    }

    NewEffect effect() {
        return new NewEffect(category, description);
    }
}
