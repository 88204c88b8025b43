package org.homeward.app.ledger;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a source; written as its UUID in JSON, URLs and CSV. */
public record SourceId(UUID value) {

    public SourceId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random identifier. */
    public static SourceId random() {
        return new SourceId(UUID.randomUUID());
    }

    /** Parses the UUID form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceId of(String text) {
        return new SourceId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
