package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.PLACE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A claim without a figure to add, quoting a statement. {@code claimedOn} and {@code precision} go
 * together; {@code corroboratedBy} is given exactly when the claim is CORROBORATED.
 */
public record NewQualitativeClaim(@NotNull StatementId statement, @NotBlank @Size(max = TITLE_LENGTH) String assertion,
                                  @Size(max = PLACE_LENGTH) String place, LocalDate claimedOn, DatePrecision precision,
                                  Magnitude magnitude, @NotNull Verification verification,
                                  @Size(max = TITLE_LENGTH) String corroboratedBy)
        implements NewEntry<QualitativeClaimId, QualitativeClaim> {

    @Override
    public QualitativeClaimId newId() {
        return new QualitativeClaimId(UUID.randomUUID());
    }
}
