package org.homeward.app.registry;

import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The identifier of a relative, also their id in the family's pedigree; written as {@code R-5} in JSON, URLs and forms. */
public record RelativeId(String value) {

    private static final Pattern FORM = Pattern.compile("R-[1-9][0-9]{0,17}");

    public RelativeId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a relative id: " + value);
        }
    }

    /** Parses the written form; {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RelativeId of(String text) {
        return new RelativeId(text);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
