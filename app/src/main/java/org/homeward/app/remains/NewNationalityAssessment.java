package org.homeward.app.remains;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/** A nationality assessment and what it rests on. The latest assessment holds; earlier ones are kept. */
public record NewNationalityAssessment(@NotNull Nationality assessment, Set<@NotNull NationalityEvidence> evidence,
                                       @Size(max = NOTE_LENGTH) String notes, @NotBlank @Size(max = NAME_LENGTH) String assessedBy) {

    public NewNationalityAssessment {
        evidence = evidence == null ? Set.of() : Set.copyOf(evidence);
        notes = Texts.blankToNull(notes);
        assessedBy = Texts.blankToNull(assessedBy);
    }
}
