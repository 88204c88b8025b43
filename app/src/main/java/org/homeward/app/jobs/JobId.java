package org.homeward.app.jobs;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.homeward.app.common.Uuids;

/** The identifier of a background job; written as its UUID in JSON and URLs. */
public record JobId(UUID value) {

    public JobId {
        Uuids.present(value, "job id");
    }

    /** A new random identifier. */
    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobId of(String text) {
        return new JobId(Uuids.parse(text, "job id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
