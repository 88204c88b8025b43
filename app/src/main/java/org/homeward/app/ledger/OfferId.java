package org.homeward.app.ledger;

import java.util.UUID;

/** The identifier of an offer; written as its UUID in JSON, URLs and CSV. */
public record OfferId(UUID value) implements EntryId<Offer> {

    @Override
    public String toString() {
        return value.toString();
    }
}
