package org.homeward.app.identification;

import org.homeward.app.common.SerialNumbers;

import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a re-association of a further part; written as its positive number in JSON, URLs and forms. */
public record ReassociationId(long value) {

    public ReassociationId {
        SerialNumbers.positive(value, "re-association id");
    }

    /** Parses the written number; {@link IllegalArgumentException} when it is not one. */
    public static ReassociationId of(String text) {
        return new ReassociationId(SerialNumbers.parse(text, "re-association id"));
    }

    @JsonValue
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
