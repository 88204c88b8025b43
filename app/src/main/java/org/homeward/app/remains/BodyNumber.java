package org.homeward.app.remains;

import java.util.Optional;
import java.util.regex.Pattern;

import org.homeward.app.common.TypedId;

/** The body number of remains, as given by the installation's numbering scheme; written as {@code UA-2025-06-16-0001} in JSON, URLs and forms. */
public record BodyNumber(String value) implements TypedId.Text {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public BodyNumber {
        TypedId.Text.matching(FORM, value, "body number");
    }

    /** The body number typed as {@code text} (a search, say), if it has the form of one. */
    public static Optional<BodyNumber> parse(String text) {
        String stripped = text == null ? "" : text.strip();
        return FORM.matcher(stripped).matches() ? Optional.of(new BodyNumber(stripped)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
