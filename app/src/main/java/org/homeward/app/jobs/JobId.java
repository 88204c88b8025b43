package org.homeward.app.jobs;

import java.util.UUID;

import org.homeward.app.common.TypedId;

/** The identifier of a background job; written as its UUID in JSON and URLs. */
public record JobId(UUID value) implements TypedId.Uuid {

    @Override
    public String toString() {
        return value.toString();
    }
}
