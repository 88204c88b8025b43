package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of an agreement; written as its UUID in JSON, URLs and CSV. */
public record AgreementId(UUID value) implements EntryId<Agreement> {

    @Override
    public String toString() {
        return value.toString();
    }
}
