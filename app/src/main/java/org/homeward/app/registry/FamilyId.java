package org.homeward.app.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a family; written as its positive number in JSON, URLs and forms. */
public record FamilyId(long value) {

    public FamilyId {
        if (value <= 0) {
            throw new IllegalArgumentException("not a family id: " + value);
        }
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static FamilyId of(String text) {
        try {
            return new FamilyId(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a family id: " + text, notANumber);
        }
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
