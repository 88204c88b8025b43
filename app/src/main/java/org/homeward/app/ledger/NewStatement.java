package org.homeward.app.ledger;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A statement to add: the exact sentence, quoted from its source. */
public record NewStatement(@NotNull SourceId source, PartyId party, @Size(max = 200) String speaker, LocalDate statedOn,
                           @NotBlank @Size(max = 5000) String quote) implements NewEntry<StatementId, Statement> {

    @Override
    public StatementId newId() {
        return StatementId.random();
    }

}
