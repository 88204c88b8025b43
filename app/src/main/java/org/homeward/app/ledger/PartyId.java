package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a party (state, agency, mediator, independent body); written as its UUID in JSON, URLs and CSV. */
public record PartyId(UUID value) {

    public PartyId {
        Uuids.present(value, "party id");
    }

    /** A new random identifier. */
    public static PartyId random() {
        return new PartyId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartyId of(String text) {
        return new PartyId(Uuids.parse(text, "party id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
