package org.homeward.app.ledger.web;

/**
 * A whole number as typed in a ledger form: "1,245", "1 245" or "1245". Converted from the form's
 * text by {@link CountConverter}, so a form field is typed and a text that is no number is the
 * field's error.
 */
public record Count(long value) {

    /** Parses the typed number; {@link IllegalArgumentException} when it is not a whole number. */
    public static Count of(String text) {
        String digits = text.replaceAll("[,\\s\\u00A0\\u202F\\u2009.]", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new IllegalArgumentException("not a whole number: " + text);
        }
        return new Count(Long.parseLong(digits));
    }

    static Long valueOf(Count count) {
        return count == null ? null : count.value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
