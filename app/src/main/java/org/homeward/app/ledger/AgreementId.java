package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of an agreement; written as its UUID in JSON, URLs and CSV. */
public record AgreementId(UUID value) {

    public AgreementId {
        Uuids.present(value, "agreement id");
    }

    /** A new random identifier. */
    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AgreementId of(String text) {
        return new AgreementId(Uuids.parse(text, "agreement id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
