package org.homeward.app.ledger;

import java.util.UUID;

import org.homeward.app.common.Uuids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a qualitative claim; written as its UUID in JSON, URLs and CSV. */
public record QualitativeClaimId(UUID value) {

    public QualitativeClaimId {
        Uuids.present(value, "qualitative claim id");
    }

    /** A new random identifier. */
    public static QualitativeClaimId random() {
        return new QualitativeClaimId(UUID.randomUUID());
    }

    /** Parses the written UUID; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static QualitativeClaimId of(String text) {
        return new QualitativeClaimId(Uuids.parse(text, "qualitative claim id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
