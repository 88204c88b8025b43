package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of an offer; written as its UUID in JSON, URLs and CSV. */
public record OfferId(UUID value) {

    public OfferId {
        Uuids.present(value, "offer id");
    }

    /** A new random identifier. */
    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OfferId of(String text) {
        return new OfferId(Uuids.parse(text, "offer id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
