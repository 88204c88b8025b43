package org.homeward.app.ledger;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a transfer; written as its UUID in JSON, URLs and CSV. */
public record TransferId(UUID value) {

    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random identifier. */
    public static TransferId random() {
        return new TransferId(UUID.randomUUID());
    }

    /** Parses the UUID form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransferId of(String text) {
        return new TransferId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
