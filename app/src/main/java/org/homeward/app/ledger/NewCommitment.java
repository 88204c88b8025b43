package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One direction of a new agreement; its figures are added as claims afterwards. */
public record NewCommitment(@NotNull PartyId from, @NotNull PartyId to, @Size(max = NOTE_LENGTH) String description) {
}
