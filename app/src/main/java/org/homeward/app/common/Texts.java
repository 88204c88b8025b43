package org.homeward.app.common;

/** Optional text as features store it. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space; null when there is none (null, empty or blank). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
