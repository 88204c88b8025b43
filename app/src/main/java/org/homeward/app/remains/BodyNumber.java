package org.homeward.app.remains;

import java.util.Optional;

import org.homeward.app.common.Codes;
import org.homeward.app.common.TypedId;

/** The body number of remains, as given by the installation's numbering scheme; written as {@code UA-2025-06-16-0001} in JSON, URLs and forms. */
public record BodyNumber(String value) implements TypedId.Text {

    public BodyNumber {
        TypedId.Text.matching(Codes.PATTERN, value, "body number");
    }

    /** The body number typed as {@code text} (a search, say), if it has the form of one. */
    public static Optional<BodyNumber> parse(String text) {
        String stripped = text == null ? "" : text.strip();
        return Codes.isCode(stripped) ? Optional.of(new BodyNumber(stripped)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
