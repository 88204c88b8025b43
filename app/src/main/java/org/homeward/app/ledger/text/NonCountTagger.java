package org.homeward.app.ledger.text;

import java.util.List;

/**
 * Reads again each number for what makes it no count of the dead, and re-tags it: an ordinal (155th,
 * 92-га, 5-й, № 3), a military unit's number (155th brigade, 92-га окрема механізована бригада, полк
 * 1486), a percentage, money, an age (aged 45, віком 22 роки, 19-year-old, 45-летний), a label (phase 3,
 * етап 2, a list's "(2)"), or a count of other things (five days, 300 prisoners, 12 років). Runs after the
 * {@link CueTagger}, so a count unit between the number and another noun keeps it a count.
 */
final class NonCountTagger {

    private static final Phrases LABELS = Phrases.of("phase", "stage", "round", "page", "article", "етап", "раунд", "стаття",
            "этап", "статья", "пункт", "item");
    private static final int UNIT_NOUN_WINDOW = 3;

    void tag(TaggedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (Span number : sentence.spans(Tag.NUMBER)) {
            Tag reading = reading(sentence, tokens, number);
            if (reading != null) {
                int end = number.to();
                if (reading == Tag.ORDINAL || reading == Tag.UNIT_NUMBER) {
                    end = ordinalEnd(tokens, number);
                }
                sentence.replace(number, new Span(reading, number.from(), end, number.low(), number.high(), null));
            }
        }
    }

    private static Tag reading(TaggedSentence sentence, List<Token> tokens, Span number) {
        int from = number.from();
        int after = number.to();
        boolean digits = tokens.get(from).isDigits();
        boolean ordinal = digits && (ordinalEnd(tokens, number) > after
                || from > 0 && Lexicon.NUMBER_SIGN.match(tokens, from - 1) > 0);
        if (militaryUnitNear(tokens, from, ordinal ? ordinalEnd(tokens, number) : after, ordinal ? UNIT_NOUN_WINDOW : 1)) {
            return Tag.UNIT_NUMBER;
        }
        if (ordinal) {
            return Tag.ORDINAL;
        }
        if (Lexicon.PERCENT.match(tokens, after) > 0) {
            return Tag.PERCENT;
        }
        if (Lexicon.MONEY_AFTER.match(tokens, after) > 0 || Lexicon.MONEY_BEFORE.endingAt(tokens, from) >= 0) {
            return Tag.MONEY;
        }
        if (Lexicon.AGE_BEFORE.endingAt(tokens, from) >= 0 || Lexicon.AGE_AFTER.match(tokens, after) > 0) {
            return Tag.AGE;
        }
        if (LABELS.endingAt(tokens, from) >= 0 || listMarker(tokens, from, after)) {
            return Tag.ORDINAL;
        }
        for (int i = after; i < Math.min(tokens.size(), after + 2); i++) {
            if (sentence.at(i, Tag.COUNT_UNIT).isPresent()) {
                return null;
            }
            if (Lexicon.OTHER_NOUNS.match(tokens, i) > 0) {
                return Tag.OTHER_NOUN;
            }
        }
        return null;
    }

    /** "(2)" numbers an item of a list. */
    private static boolean listMarker(List<Token> tokens, int from, int after) {
        return from > 0 && after < tokens.size() && tokens.get(from - 1).text().equals("(") && tokens.get(after).text().equals(")");
    }

    /** After "155th" or "92-га" the token after the suffix; else the number's end. */
    private static int ordinalEnd(List<Token> tokens, Span number) {
        int after = number.to();
        Token last = tokens.get(after - 1);
        if (after < tokens.size() && !last.spaceAfter() && tokens.get(after).isWord()
                && Lexicon.ORDINAL_SUFFIX.match(tokens, after) > 0) {
            return after + 1;
        }
        if (after + 1 < tokens.size() && !last.spaceAfter() && tokens.get(after).text().equals("-")
                && !tokens.get(after).spaceAfter() && Lexicon.ORDINAL_SUFFIX.match(tokens, after + 1) > 0) {
            return after + 2;
        }
        return after;
    }

    /** A brigade, regiment… named just before the number, or after it (an ordinal's within a few words: "92-га окрема бригада"). */
    private static boolean militaryUnitNear(List<Token> tokens, int from, int after, int window) {
        if (from > 0 && Lexicon.MILITARY_UNITS.match(tokens, from - 1) > 0) {
            return true;
        }
        for (int i = after; i < Math.min(tokens.size(), after + window); i++) {
            if (Lexicon.MILITARY_UNITS.match(tokens, i) > 0) {
                return true;
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }
}
