package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of a party (state, agency, mediator, independent body); written as its UUID in JSON, URLs and CSV. */
public record PartyId(UUID value) implements EntryId<Party> {

    @Override
    public String toString() {
        return value.toString();
    }
}
