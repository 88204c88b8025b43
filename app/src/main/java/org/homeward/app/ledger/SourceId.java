package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a source; written as its UUID in JSON, URLs and CSV. */
public record SourceId(UUID value) {

    public SourceId {
        Uuids.present(value, "source id");
    }

    /** A new random identifier. */
    public static SourceId random() {
        return new SourceId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceId of(String text) {
        return new SourceId(Uuids.parse(text, "source id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
