package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BODY_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * A commingling link from one remains to another: same person (a merge), possibly the same person,
 * or not the same person (a split). Links are never removed: a later link between the same two
 * remains supersedes the earlier one.
 */
public record NewLink(@NotBlank @Size(max = BODY_NUMBER_LENGTH) String other, @NotNull LinkKind kind, @NotBlank @Size(max = NOTE_LENGTH) String basis) {

    public NewLink {
        other = Texts.blankToNull(other);
        basis = Texts.blankToNull(basis);
    }
}
