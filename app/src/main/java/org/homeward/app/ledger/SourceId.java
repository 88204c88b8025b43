package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.TypedId;

/** The identifier of a source; written as its UUID in JSON, URLs and CSV. */
public record SourceId(UUID value) implements TypedId.Uuid {

    @Override
    public String toString() {
        return value.toString();
    }
}
