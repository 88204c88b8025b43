package org.homeward.app.identification;

import org.homeward.app.common.TypedId;

/** The identifier of a screening run; written as its positive number in JSON, URLs and forms. */
public record RunId(long value) implements TypedId.Serial {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
