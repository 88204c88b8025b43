package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.TypedId;

/** The identifier of an offer; written as its UUID in JSON, URLs and CSV. */
public record OfferId(UUID value) implements TypedId.Uuid {

    @Override
    public String toString() {
        return value.toString();
    }
}
