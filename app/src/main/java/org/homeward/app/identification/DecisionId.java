package org.homeward.app.identification;

import org.homeward.app.common.SerialNumbers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a decision on a candidate (proposal, confirmation, rejection, exclusion); written as its positive number in JSON, URLs and forms. */
public record DecisionId(long value) {

    public DecisionId {
        SerialNumbers.positive(value, "decision id");
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static DecisionId of(String text) {
        return new DecisionId(SerialNumbers.parse(text, "decision id"));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DecisionId of(long value) {
        return new DecisionId(value);
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
