package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.TITLE_LENGTH;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A transfer to add; the counts are added as claims about it. */
public record NewTransfer(@NotNull LocalDate date, @NotNull DatePrecision precision, @Size(max = TITLE_LENGTH) String place,
                          @Positive Integer phase, @NotNull PartyId from, @NotNull PartyId to, AgreementId agreement,
                          @NotNull TransferKind kind, TransferId returns, List<@NotNull PartyId> facilitators,
                          @Size(max = NOTE_LENGTH) String note) implements NewEntry<TransferId, Transfer> {

    @Override
    public TransferId newId() {
        return new TransferId(UUID.randomUUID());
    }

    public NewTransfer {
        facilitators = facilitators == null ? List.of() : List.copyOf(facilitators);
    }
}
