package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a claim; written as its UUID in JSON, URLs and CSV. */
public record ClaimId(UUID value) {

    public ClaimId {
        Uuids.present(value, "claim id");
    }

    /** A new random identifier. */
    public static ClaimId random() {
        return new ClaimId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ClaimId of(String text) {
        return new ClaimId(Uuids.parse(text, "claim id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
