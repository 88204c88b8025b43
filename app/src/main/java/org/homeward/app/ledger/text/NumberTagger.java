package org.homeward.app.ledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tags numbers: digits with any thousands separator ("1,200", "1.200", "1 200", "1200"), digits with a
 * scale word ("6 тисяч", "1,5 тыс.", "6 thousand"), numbers in words in Ukrainian, Russian and English
 * ({@link SpelledNumbers}), a bare scale noun after a bound or an article ("понад тисячу", "a
 * thousand"), and vague quantities as ranges ("тисячі" 1,000–9,999, "десятки тисяч", "tens of
 * thousands" 10,000–99,999). Tokens a date already covers are left alone. A decimal without a scale is
 * no count and is not tagged.
 */
final class NumberTagger {

    private static final Phrases SCALE_ABBREVIATIONS = Phrases.of("тис", "тыс", "thousand", "k");
    private static final Phrases MILLION_ABBREVIATIONS = Phrases.of("млн", "million", "mln");
    private static final Phrases ARTICLE = Phrases.of("a", "one", "одна", "один", "одну", "одной", "одної");

    void tag(TaggedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (sentence.read(i)) {
                continue;
            }
            Token token = tokens.get(i);
            int end = token.isDigits() ? digits(sentence, tokens, i) : token.isWord() ? words(sentence, tokens, i) : i;
            i = Math.max(i, end - 1);
        }
    }

    private int digits(TaggedSentence sentence, List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        String plain;
        if (text.matches("\\d{1,3}(?:[,. \u00A0\u202F\u2009]\\d{3})+")) {
            plain = text.replaceAll("[,. \u00A0\u202F\u2009]", "");
        } else if (text.matches("\\d+")) {
            plain = text;
        } else if (text.matches("\\d+[.,]\\d+")) {
            plain = text.replace(',', '.'); // a decimal: a count only with its scale
        } else {
            return i;
        }
        double value = Double.parseDouble(plain);
        long scale = 1;
        int end = i + 1;
        if (i + 1 < tokens.size() && (SCALE_ABBREVIATIONS.match(tokens, i + 1) > 0 || isScaleOf(tokens.get(i + 1), 1_000))) {
            scale = 1_000;
        } else if (i + 1 < tokens.size() && (MILLION_ABBREVIATIONS.match(tokens, i + 1) > 0 || isScaleOf(tokens.get(i + 1), 1_000_000))) {
            scale = 1_000_000;
        }
        if (scale > 1) {
            end = i + 2;
            if (end < tokens.size() && tokens.get(end).text().equals(".") && tokens.get(end - 1).norm().matches("тис|тыс|млн")) {
                end++;
            }
        } else if (plain.contains(".")) {
            return i;
        }
        long count = Math.round(value * scale);
        sentence.add(new Span(Tag.NUMBER, i, end, count, count, null));
        return end;
    }

    private static boolean isScaleOf(Token token, long scale) {
        if (!token.isWord() || !SpelledNumbers.isScale(token.norm())) {
            return false;
        }
        Optional<Long> value = SpelledNumbers.value(List.of(token.norm()));
        return value.isPresent() && value.get() == scale;
    }

    private int words(TaggedSentence sentence, List<Token> tokens, int i) {
        int length = 0;
        long[] range = null;
        for (Map.Entry<Phrases, long[]> vague : Lexicon.VAGUE.entrySet()) { // the longest: "десятки тисяч" over "десятки"
            int match = vague.getKey().match(tokens, i);
            if (match > length) {
                length = match;
                range = vague.getValue();
            }
        }
        if (length > 1 || length == 1 && !afterBoundOrArticle(sentence, tokens, i)) {
            sentence.add(new Span(Tag.NUMBER, i, i + length, range[0], range[1], null));
            return i + length;
        }
        int start = ARTICLE.match(tokens, i) > 0 && i + 1 < tokens.size() && SpelledNumbers.isScale(tokens.get(i + 1).norm())
                && tokens.get(i).norm().equals("a") ? i + 1 : i;
        List<String> run = new ArrayList<>();
        int end = start;
        while (end < tokens.size()) {
            Token token = tokens.get(end);
            if (token.isWord() && SpelledNumbers.isNumberWord(token.norm())) {
                run.add(token.norm());
                end++;
            } else if (!run.isEmpty() && end + 1 < tokens.size() && isJoin(tokens, end)) {
                if (token.text().equals("-")) { // "forty-five" is one word to ICU
                    run.set(run.size() - 1, run.get(run.size() - 1) + "-" + tokens.get(end + 1).norm());
                    end += 2;
                } else { // "two hundred and five"
                    run.add("and");
                    end++;
                }
            } else {
                break;
            }
        }
        while (end > start && !(tokens.get(end - 1).isWord() && SpelledNumbers.isNumberWord(tokens.get(end - 1).norm()))) {
            end--;
        }
        if (run.isEmpty()) {
            return i;
        }
        Optional<Long> value = SpelledNumbers.value(run);
        if (value.isEmpty()) {
            return i;
        }
        sentence.add(new Span(Tag.NUMBER, i, end, value.get(), value.get(), null));
        return end;
    }

    /** A hyphen between number words, or "and" followed by a number word. */
    private static boolean isJoin(List<Token> tokens, int at) {
        Token join = tokens.get(at);
        Token next = tokens.get(at + 1);
        boolean numberNext = next.isWord() && SpelledNumbers.isNumberWord(next.norm());
        return numberNext && (join.text().equals("-") && !tokens.get(at - 1).spaceAfter() || join.norm().equals("and"));
    }

    /** "понад тисячу", "more than a thousand": the scale noun is one thousand, not "thousands". */
    private static boolean afterBoundOrArticle(TaggedSentence sentence, List<Token> tokens, int i) {
        boolean bound = Lexicon.BOUNDS.values().stream().anyMatch(phrases -> phrases.endingAt(tokens, i) >= 0);
        boolean singular = tokens.get(i).norm().matches("тисяч[ауі]|тысяч[аиу]");
        return bound && singular || i > 0 && ARTICLE.match(tokens, i - 1) > 0 && !sentence.read(i - 1);
    }
}
