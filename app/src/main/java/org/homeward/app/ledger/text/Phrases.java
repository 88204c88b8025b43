package org.homeward.app.ledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A list of phrases matched word by word against a sentence's tokens ({@link Token#norm()}). A phrase is
 * written as its words separated by spaces; each word is a regular expression, and a trailing {@code *}
 * stands for any ending, which is how the lexicons take in the case forms of Ukrainian and Russian
 * ("координаційн* штаб*" reads "Координаційний штаб" and "Координаційного штабу").
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class Phrases {

    private final List<Pattern[]> phrases;

    static Phrases of(String... phrases) {
        List<Pattern[]> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            String[] words = phrase.strip().split("\\s+");
            Pattern[] patterns = new Pattern[words.length];
            for (int i = 0; i < words.length; i++) {
                String word = words[i].endsWith("*") && words[i].length() > 1
                        ? words[i].substring(0, words[i].length() - 1) + "\\p{L}*" : words[i];
                patterns[i] = Pattern.compile(word.replace("'", "ʼ"));
            }
            compiled.add(patterns);
        }
        return new Phrases(compiled);
    }

    /** How many tokens the longest phrase matching at {@code at} takes; 0 when none matches. */
    int match(List<Token> tokens, int at) {
        int longest = 0;
        for (Pattern[] phrase : phrases) {
            if (phrase.length > longest && matches(phrase, tokens, at)) {
                longest = phrase.length;
            }
        }
        return longest;
    }

    /** Whether a phrase ends just before token {@code end}; returns its first token, or -1. */
    int endingAt(List<Token> tokens, int end) {
        int first = -1;
        for (Pattern[] phrase : phrases) {
            int start = end - phrase.length;
            if (start >= 0 && (first < 0 || start < first) && matches(phrase, tokens, start)) {
                first = start;
            }
        }
        return first;
    }

    private static boolean matches(Pattern[] phrase, List<Token> tokens, int at) {
        if (at + phrase.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!phrase[i].matcher(tokens.get(at + i).norm()).matches()) {
                return false;
            }
        }
        return true;
    }
}
