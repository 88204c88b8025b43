package org.homeward.app.ledger;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One direction of a new agreement; its figures are added as claims afterwards. */
public record NewCommitment(@NotNull PartyId from, @NotNull PartyId to, @Size(max = 1000) String description) {
}
