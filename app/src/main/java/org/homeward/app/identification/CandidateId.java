package org.homeward.app.identification;

import org.homeward.app.common.TypedId;

/** The identifier of a candidate match of a run; written as its positive number in JSON, URLs and forms. */
public record CandidateId(long value) implements TypedId.Serial {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
