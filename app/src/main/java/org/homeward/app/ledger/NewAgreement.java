package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An agreement to add, with at least one direction. */
public record NewAgreement(@NotBlank @Size(max = TITLE_LENGTH) String name, @NotNull LocalDate concludedOn,
                           @NotNull DatePrecision precision, @Size(max = TITLE_LENGTH) String place,
                           List<@NotNull PartyId> mediators, @NotEmpty List<@NotNull @Valid NewCommitment> commitments,
                           @Size(max = NOTE_LENGTH) String note) implements NewEntry<AgreementId, Agreement> {

    @Override
    public AgreementId newId() {
        return new AgreementId(UUID.randomUUID());
    }

    public NewAgreement {
        mediators = mediators == null ? List.of() : List.copyOf(mediators);
    }
}
