package org.homeward.app.identification;

import org.homeward.app.common.SerialNumbers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a candidate match of a run; written as its positive number in JSON, URLs and forms. */
public record CandidateId(long value) {

    public CandidateId {
        SerialNumbers.positive(value, "candidate id");
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static CandidateId of(String text) {
        return new CandidateId(SerialNumbers.parse(text, "candidate id"));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CandidateId of(long value) {
        return new CandidateId(value);
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
