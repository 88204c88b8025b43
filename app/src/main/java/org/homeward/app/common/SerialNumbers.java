package org.homeward.app.common;

/**
 * The rule shared by the ids that are a positive serial number (runs, candidates, decisions,
 * families, notifications): parsed, by {@link TypedId#parse}, from the written number.
 */
public final class SerialNumbers {

    private SerialNumbers() {
    }

    /** {@code value} when positive; {@link IllegalArgumentException} naming {@code what} otherwise. */
    public static long positive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException("not a " + what + ": " + value);
        }
        return value;
    }

    /** The written number; {@link IllegalArgumentException} naming {@code what} when it is not a positive one. */
    public static long parse(String text, String what) {
        try {
            return positive(Long.parseLong(text), what);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a " + what + ": " + text, notANumber);
        }
    }
}
