package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A unilateral offer to add; the number offered is added as a claim about it. */
public record NewOffer(@NotNull LocalDate date, @NotNull DatePrecision precision, @NotNull PartyId from,
                       @NotNull PartyId to, @NotBlank @Size(max = NOTE_LENGTH) String description) implements NewEntry<OfferId, Offer> {

    @Override
    public OfferId newId() {
        return new OfferId(UUID.randomUUID());
    }

}
