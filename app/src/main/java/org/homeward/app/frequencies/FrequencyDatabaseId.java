package org.homeward.app.frequencies;

import org.homeward.app.common.TypedId;

/** The identifier of an uploaded frequency database (one version of a name); written as its positive number. */
public record FrequencyDatabaseId(long value) implements TypedId.Serial {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
