package org.homeward.app.remains;

import java.util.regex.Pattern;

import org.homeward.app.common.TypedId;

/** The barcode of a sample taken from remains; written as {@code S-2025-0001} in JSON, URLs and forms. */
public record SampleCode(String value) implements TypedId.Text {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public SampleCode {
        TypedId.Text.matching(FORM, value, "sample code");
    }

    @Override
    public String toString() {
        return value;
    }
}
