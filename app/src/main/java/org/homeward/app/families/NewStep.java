package org.homeward.app.families;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.CODE_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step to record; which fields it needs depends on the step (see {@link StepRecord}). Refused,
 * naming the field, when a needed one is missing.
 */
public record NewStep(@NotNull NotificationStep step, @Size(max = NOTE_LENGTH) String note, @Size(max = CODE_LENGTH) String relativeId,
                      Instant scheduledFor, @Size(max = NAME_LENGTH) String place, FamilyReaction reaction,
                      @Size(max = SHORT_TEXT_LENGTH) String certificateNumber, @Size(max = NAME_LENGTH) String receivedBy, LocalDate occurredOn) {

    public NewStep {
        note = blankToNull(note);
        relativeId = blankToNull(relativeId);
        place = blankToNull(place);
        certificateNumber = blankToNull(certificateNumber);
        receivedBy = blankToNull(receivedBy);
    }

    /** A step with a note only (supervisor approval). */
    public static NewStep of(NotificationStep step, String note) {
        return new NewStep(step, note, null, null, null, null, null, null, null);
    }
}
