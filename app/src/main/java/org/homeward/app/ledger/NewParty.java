package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.MAX_ROWS;
import static org.homeward.app.web.Limits.NAME_LENGTH;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A party to add. {@code sideOf} names the state an agency or official speaks for. */
public record NewParty(@NotBlank @Size(max = NAME_LENGTH) String name, @NotNull PartyKind kind, PartyId sideOf,
                       @Size(max = MAX_ROWS) List<@NotBlank @Size(max = NAME_LENGTH) String> aliases) implements NewEntry<PartyId, Party> {

    @Override
    public PartyId newId() {
        return new PartyId(UUID.randomUUID());
    }

    public NewParty {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
