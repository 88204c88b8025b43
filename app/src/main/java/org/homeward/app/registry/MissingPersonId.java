package org.homeward.app.registry;

import java.util.regex.Pattern;

import org.homeward.app.common.TypedId;

/** The identifier of a missing person; written as {@code MP-17} in JSON, URLs and forms. */
public record MissingPersonId(String value) implements TypedId.Text {

    private static final Pattern FORM = Pattern.compile("MP-[1-9][0-9]{0,17}");

    public MissingPersonId {
        TypedId.Text.matching(FORM, value, "missing person id");
    }

    @Override
    public String toString() {
        return value;
    }
}
