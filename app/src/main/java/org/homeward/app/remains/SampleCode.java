package org.homeward.app.remains;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The barcode of a sample taken from remains; written as {@code S-2025-0001} in JSON, URLs and forms. */
public record SampleCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public SampleCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a sample code: " + value);
        }
    }

    /** Parses the written form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SampleCode of(String text) {
        return new SampleCode(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
