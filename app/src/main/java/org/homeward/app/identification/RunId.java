package org.homeward.app.identification;

import org.homeward.app.common.SerialNumbers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a screening run; written as its positive number in JSON, URLs and forms. */
public record RunId(long value) {

    public RunId {
        SerialNumbers.positive(value, "run id");
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static RunId of(String text) {
        return new RunId(SerialNumbers.parse(text, "run id"));
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
