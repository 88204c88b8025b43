package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of a statement; written as its UUID in JSON, URLs and CSV. */
public record StatementId(UUID value) implements EntryId<Statement> {

    @Override
    public String toString() {
        return value.toString();
    }
}
