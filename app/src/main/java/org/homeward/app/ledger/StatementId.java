package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a statement; written as its UUID in JSON, URLs and CSV. */
public record StatementId(UUID value) {

    public StatementId {
        Uuids.present(value, "statement id");
    }

    /** A new random identifier. */
    public static StatementId random() {
        return new StatementId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatementId of(String text) {
        return new StatementId(Uuids.parse(text, "statement id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
