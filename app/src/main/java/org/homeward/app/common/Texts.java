package org.homeward.app.common;

import java.util.List;
import java.util.Objects;

/** Optional text as features store it. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space; null when there is none (null, empty or blank). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@link #blankToNull} with each run of white space inside made one space: a name or place as typed. */
    public static String singleSpaced(String text) {
        return blankToNull(text == null ? null : text.replaceAll("\\s+", " "));
    }

    /** The texts that are not blank, each stripped; empty for null. */
    public static List<String> nonBlank(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Texts::blankToNull).filter(Objects::nonNull).toList();
    }
}
