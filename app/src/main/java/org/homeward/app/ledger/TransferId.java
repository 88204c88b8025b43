package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a transfer; written as its UUID in JSON, URLs and CSV. */
public record TransferId(UUID value) {

    public TransferId {
        Uuids.present(value, "transfer id");
    }

    /** A new random identifier. */
    public static TransferId random() {
        return new TransferId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransferId of(String text) {
        return new TransferId(Uuids.parse(text, "transfer id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
