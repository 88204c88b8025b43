package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.TypedId;

/** The identifier of an agreement; written as its UUID in JSON, URLs and CSV. */
public record AgreementId(UUID value) implements TypedId.Uuid {

    @Override
    public String toString() {
        return value.toString();
    }
}
