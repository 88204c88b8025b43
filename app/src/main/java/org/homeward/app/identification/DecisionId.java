package org.homeward.app.identification;

import org.homeward.app.common.TypedId;

/** The identifier of a decision on a candidate (proposal, confirmation, rejection, exclusion); written as its positive number in JSON, URLs and forms. */
public record DecisionId(long value) implements TypedId.Serial {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
