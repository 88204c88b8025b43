package org.homeward.app.registry;

import java.util.regex.Pattern;

import org.homeward.app.common.TypedId;

/** The identifier of a relative, also their id in the family's pedigree; written as {@code R-5} in JSON, URLs and forms. */
public record RelativeId(String value) implements TypedId.Text {

    private static final Pattern FORM = Pattern.compile("R-[1-9][0-9]{0,17}");

    public RelativeId {
        TypedId.Text.matching(FORM, value, "relative id");
    }

    @Override
    public String toString() {
        return value;
    }
}
