package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of a claim; written as its UUID in JSON, URLs and CSV. */
public record ClaimId(UUID value) implements EntryId<Claim> {

    @Override
    public String toString() {
        return value.toString();
    }
}
