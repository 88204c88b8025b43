package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of one direction of an agreement; written as its UUID in JSON, URLs and CSV. */
public record CommitmentId(UUID value) {

    public CommitmentId {
        Uuids.present(value, "commitment id");
    }

    /** A new random identifier. */
    public static CommitmentId random() {
        return new CommitmentId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CommitmentId of(String text) {
        return new CommitmentId(Uuids.parse(text, "commitment id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
