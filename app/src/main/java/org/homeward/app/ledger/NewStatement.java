package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.QUOTE_LENGTH;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A statement to add: the exact sentence, quoted from its source. */
public record NewStatement(@NotNull SourceId source, PartyId party, @Size(max = NAME_LENGTH) String speaker, LocalDate statedOn,
                           @NotBlank @Size(max = QUOTE_LENGTH) String quote) implements NewEntry<StatementId, Statement> {

    @Override
    public StatementId newId() {
        return new StatementId(UUID.randomUUID());
    }

}
