package org.homeward.app.common;

import java.util.regex.Pattern;

/**
 * The one form of a code that labs, morgues and numbering schemes write: a sample's barcode, a body
 * number. A letter or digit, then up to 63 letters, digits, dots, underscores, slashes or hyphens, so
 * that a code is safe in a URL path, a file name and a CSV cell.
 */
public final class Codes {

    /** The form as a regular expression, for {@code @Pattern(regexp = Codes.FORM)}. */
    public static final String FORM = "[A-Za-z0-9][A-Za-z0-9._/-]{0,63}";

    /** What {@link #FORM} asks for, in words: "a sample code " + RULE. */
    public static final String RULE = "has 1 to 64 letters, digits, dots, hyphens, underscores or slashes";

    /** {@link #FORM}, compiled. */
    public static final Pattern PATTERN = Pattern.compile(FORM);

    private Codes() {
    }

    /** Whether {@code text} (not null) has the form of a code. */
    public static boolean isCode(String text) {
        return PATTERN.matcher(text).matches();
    }
}
