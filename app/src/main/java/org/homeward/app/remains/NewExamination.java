package org.homeward.app.remains;

import static org.homeward.app.web.Limits.FINDINGS_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.common.Texts;

/**
 * An examination's findings. A later examination supersedes an earlier one; both are kept.
 *
 * @param examinedAt       when; now when absent
 * @param establishedPlace the recovery place as established (documents, investigation), when known
 */
public record NewExamination(@NotNull Condition condition, @NotNull EstimatedSex estimatedSex,
                             @Min(0) @Max(120) Integer ageMin, @Min(0) @Max(120) Integer ageMax,
                             @Valid RecoveryPlace establishedPlace, @Size(max = FINDINGS_LENGTH) String notes,
                             @NotBlank @Size(max = NAME_LENGTH) String examinedBy, Instant examinedAt) {

    public NewExamination {
        establishedPlace = establishedPlace == null ? RecoveryPlace.UNKNOWN : establishedPlace;
        notes = Texts.blankToNull(notes);
        examinedBy = Texts.blankToNull(examinedBy);
    }
}
