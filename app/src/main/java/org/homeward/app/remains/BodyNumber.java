package org.homeward.app.remains;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The body number of remains, as given by the installation's numbering scheme; written as {@code UA-2025-06-16-0001} in JSON, URLs and forms. */
public record BodyNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public BodyNumber {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a body number: " + value);
        }
    }

    /** Parses the written form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BodyNumber of(String text) {
        return new BodyNumber(text);
    }

    /** The body number typed as {@code text} (a search, say), if it has the form of one. */
    public static Optional<BodyNumber> parse(String text) {
        String stripped = text == null ? "" : text.strip();
        return FORM.matcher(stripped).matches() ? Optional.of(new BodyNumber(stripped)) : Optional.empty();
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
