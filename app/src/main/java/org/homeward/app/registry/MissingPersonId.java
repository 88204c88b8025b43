package org.homeward.app.registry;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a missing person; written as {@code MP-17} in JSON, URLs and forms. */
public record MissingPersonId(String value) {

    private static final Pattern FORM = Pattern.compile("MP-[1-9][0-9]{0,17}");

    public MissingPersonId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a missing person id: " + value);
        }
    }

    /** Parses the written form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MissingPersonId of(String text) {
        return new MissingPersonId(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
