package org.homeward.app.ledger;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of one direction of an agreement; written as its UUID in JSON, URLs and CSV. */
public record CommitmentId(UUID value) {

    public CommitmentId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random identifier. */
    public static CommitmentId random() {
        return new CommitmentId(UUID.randomUUID());
    }

    /** Parses the UUID form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CommitmentId of(String text) {
        return new CommitmentId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
