package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of one direction of an agreement; written as its UUID in JSON, URLs and CSV. */
public record CommitmentId(UUID value) implements EntryId<Commitment> {

    @Override
    public String toString() {
        return value.toString();
    }
}
