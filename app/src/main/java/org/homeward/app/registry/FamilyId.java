package org.homeward.app.registry;

import org.homeward.app.common.SerialNumbers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a family; written as its positive number in JSON, URLs and forms. */
public record FamilyId(long value) {

    public FamilyId {
        SerialNumbers.positive(value, "family id");
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static FamilyId of(String text) {
        return new FamilyId(SerialNumbers.parse(text, "family id"));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FamilyId of(long value) {
        return new FamilyId(value);
    }

    @JsonValue
    public long json() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
