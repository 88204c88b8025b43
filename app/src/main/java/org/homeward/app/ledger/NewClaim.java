package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A claim to add. To correct a claim, add a new one with {@code supersedes} set to it; to state it
 * as part of a larger figure (89 of the 320), set {@code partOf}.
 */
public record NewClaim(@NotNull StatementId statement, @NotNull PartyId party, @NotNull @Valid Subject subject,
                       @NotNull Unit unit, @NotNull Figure figure, Reliability assessed, ClaimId supersedes,
                       ClaimId partOf, @Size(max = NOTE_LENGTH) String note) implements NewEntry<ClaimId, Claim> {

    @Override
    public ClaimId newId() {
        return new ClaimId(UUID.randomUUID());
    }

}
