package org.homeward.app.ledger;

import static org.homeward.app.web.Limits.NOTE_LENGTH;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A claim to add. To correct a claim, add a new one with {@code supersedes} set to it; to state it
 * as part of a larger figure (the 320 of the 563), set {@code partOf}, and {@code share} when it is a
 * share named of it ("of those, 89 near Bakhmut") rather than one of the parts that make it up.
 */
public record NewClaim(@NotNull StatementId statement, @NotNull PartyId party, @NotNull @Valid Subject subject,
                       @NotNull Unit unit, @NotNull Figure figure, Reliability assessed, ClaimId supersedes,
                       ClaimId partOf, @Size(max = NOTE_LENGTH) String note, Boolean share) implements NewEntry<ClaimId, Claim> {

    /** Stated as a share of its whole ({@code share} true); not given is false. */
    public boolean isShare() {
        return Boolean.TRUE.equals(share);
    }

    /** A claim that is no share of another (on its own, or one of the parts of its whole). */
    public NewClaim(StatementId statement, PartyId party, Subject subject, Unit unit, Figure figure, Reliability assessed,
                    ClaimId supersedes, ClaimId partOf, String note) {
        this(statement, party, subject, unit, figure, assessed, supersedes, partOf, note, false);
    }

    @Override
    public ClaimId newId() {
        return new ClaimId(UUID.randomUUID());
    }

}
