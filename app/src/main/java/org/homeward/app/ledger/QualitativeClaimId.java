package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of a qualitative claim; written as its UUID in JSON and URLs. */
public record QualitativeClaimId(UUID value) implements EntryId<QualitativeClaim> {

    @Override
    public String toString() {
        return value.toString();
    }
}
