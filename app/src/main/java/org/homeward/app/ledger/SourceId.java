package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of a source; written as its UUID in JSON, URLs and CSV. */
public record SourceId(UUID value) implements EntryId<Source> {

    @Override
    public String toString() {
        return value.toString();
    }
}
