package org.homeward.app.identification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a screening run; written as its positive number in JSON, URLs and forms. */
public record RunId(long value) {

    public RunId {
        if (value <= 0) {
            throw new IllegalArgumentException("not a run id: " + value);
        }
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static RunId of(String text) {
        try {
            return new RunId(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a run id: " + text, notANumber);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RunId of(long value) {
        return new RunId(value);
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
