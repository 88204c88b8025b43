package org.homeward.app.identification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a candidate match of a run; written as its positive number in JSON, URLs and forms. */
public record CandidateId(long value) {

    public CandidateId {
        if (value <= 0) {
            throw new IllegalArgumentException("not a candidate id: " + value);
        }
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static CandidateId of(String text) {
        try {
            return new CandidateId(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a candidate id: " + text, notANumber);
        }
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
