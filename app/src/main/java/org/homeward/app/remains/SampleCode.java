package org.homeward.app.remains;

import org.homeward.app.common.Codes;
import org.homeward.app.common.TypedId;

/** The barcode of a sample taken from remains; written as {@code S-2025-0001} in JSON, URLs and forms. */
public record SampleCode(String value) implements TypedId.Text {

    public SampleCode {
        TypedId.Text.matching(Codes.PATTERN, value, "sample code");
    }

    @Override
    public String toString() {
        return value;
    }
}
