package org.homeward.app.ledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences and each sentence into tokens, once, for the taggers. A number keeps its
 * thousands separators in one token whichever is used (1,200; 1.200; 1 200 with a space, a no-break
 * space or a narrow no-break space), and a numeric date (14.08.2025, 2025-08-14) or time (10:30) is one
 * token too.
 */
final class Tokenizer {

    private static final String SPACES = " \\u00A0\\u202F\\u2009";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<digits>(?<![\\d.,])(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}"
                    + "|\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d{1,3}(?:[" + SPACES + "]\\d{3})+"
                    + "|\\d+(?:[.,]\\d+)?)(?![\\d]|[.,]\\d))"
                    + "|(?<word>[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]+)*)"
                    + "|(?<other>\\S)");

    /** Words before a full stop that do not end a sentence (J. Smith, Mr, тис., обл., г.). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "no", "approx",
            "vs", "тис", "тыс", "млн", "р", "рр", "г", "гг", "ст", "м", "обл", "ім", "им", "див", "пл", "вул", "ул", "с", "смт");

    private Tokenizer() {
    }

    /** The tokens of {@code text} between {@code from} and {@code to}, positions in the whole text. */
    static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            Token.Kind kind = matcher.group("digits") != null ? Token.Kind.DIGITS
                    : matcher.group("word") != null ? Token.Kind.WORD : Token.Kind.OTHER;
            boolean spaceAfter = matcher.end() < to && Character.isWhitespace(text.charAt(matcher.end()))
                    || matcher.end() < to && (text.charAt(matcher.end()) == '\u00A0' || text.charAt(matcher.end()) == '\u202F');
            tokens.add(new Token(tokens.size(), matcher.group(), matcher.start(), matcher.end(), kind, spaceAfter));
        }
        return tokens;
    }

    /** Sentence spans [start, end): split at . ! ? followed by white space, and at line breaks; trimmed. */
    static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || text.charAt(i) == '\n'
                    || (".!?".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviation(text, i));
            if (boundary) {
                int end = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
                while (end < text.length() && "”\"’'»".indexOf(text.charAt(end)) >= 0) { // a closing quote belongs to the sentence
                    end++;
                    i++;
                }
                addTrimmed(text, start, end, spans);
                start = end;
            }
        }
        return spans;
    }

    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
