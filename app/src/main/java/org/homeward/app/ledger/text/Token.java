package org.homeward.app.ledger.text;

import java.util.Locale;

/**
 * One token of a text: a run of digits (with its separators, "1 200", "14.08.2025"), a word, or one
 * other character.
 *
 * @param index      its position among the tokens of its sentence
 * @param start      where it starts in the whole text
 * @param spaceAfter whether white space follows it ("155th" is one ordinal, "155 th" is not)
 */
record Token(int index, String text, int start, int end, Kind kind, boolean spaceAfter) {

    enum Kind { DIGITS, WORD, OTHER }

    /** Lower case, apostrophes as ʼ (U+02BC) and ё as е, as the lexicons write words. */
    String norm() {
        return text.toLowerCase(Locale.ROOT).replace('\'', 'ʼ').replace('’', 'ʼ').replace('ё', 'е');
    }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }
}
