package org.homeward.app.ledger;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a claim; written as its UUID in JSON, URLs and CSV. */
public record ClaimId(UUID value) {

    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    /** A new random identifier. */
    public static ClaimId random() {
        return new ClaimId(UUID.randomUUID());
    }

    /** Parses the UUID form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClaimId of(String text) {
        return new ClaimId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
