package org.homeward.app.registry;

import org.homeward.app.common.TypedId;

/** The identifier of a family; written as its positive number in JSON, URLs and forms. */
public record FamilyId(long value) implements TypedId.Serial {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
