package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of a transfer; written as its UUID in JSON, URLs and CSV. */
public record TransferId(UUID value) implements EntryId<Transfer> {

    @Override
    public String toString() {
        return value.toString();
    }
}
