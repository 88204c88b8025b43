package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.TypedId;

/** The identifier of a qualitative claim; written as its UUID in JSON and URLs. */
public record QualitativeClaimId(UUID value) implements TypedId.Uuid {

    @Override
    public String toString() {
        return value.toString();
    }
}
