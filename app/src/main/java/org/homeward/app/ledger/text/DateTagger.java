package org.homeward.app.ledger.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.ledger.DatePrecision;
import org.homeward.app.ledger.LedgerDate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Tags dates, times and years, so that their numbers are never read as counts: "15 June 2025",
 * "June 15, 2025", "15 червня 2025 року", "14 августа", "11 and 14 June", "June 2025", "у червні",
 * "14.08.2025", "2025-08-14", "10:30", "2022", "2025 року"; and "today", "сьогодні", "вчера". A date
 * without its year takes {@code year}, the source's (null when unknown: still a date, of unknown value).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DateTagger {

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Phrases MONTH_PREPOSITION = Phrases.of("in", "у", "в", "во", "since", "until", "з", "с", "до", "by");

    private final Integer year;

    void tag(TaggedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int next = tagAt(sentence, tokens, i);
            i = Math.max(i, next - 1);
        }
    }

    /** Tags what starts at token {@code i}; returns the token after it, or {@code i} when nothing does. */
    private int tagAt(TaggedSentence sentence, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        int relative = Lexicon.RELATIVE_TODAY.match(tokens, i) > 0 ? 0 : Lexicon.RELATIVE_YESTERDAY.match(tokens, i) > 0 ? -1 : 1;
        if (relative <= 0) {
            sentence.add(Span.of(Tag.RELATIVE_DAY, i, i + 1, relative));
            return i + 1;
        }
        if (token.isDigits()) {
            if (token.text().contains(":")) {
                sentence.add(Span.of(Tag.TIME, i, i + 1, null));
                return i + 1;
            }
            Matcher dotted = DOTTED.matcher(token.text());
            Matcher iso = ISO.matcher(token.text());
            if (dotted.matches() || iso.matches()) {
                LedgerDate date = dotted.matches()
                        ? day(fullYear(Integer.parseInt(dotted.group(3))), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)))
                        : day(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                sentence.add(Span.of(Tag.DATE, i, i + 1, date));
                return i + 1;
            }
            int dayFirst = dayMonth(sentence, tokens, i);
            if (dayFirst > i) {
                return dayFirst;
            }
            Integer value = plainInteger(token);
            if (value != null && token.text().length() == 4 && value >= 1900 && value <= 2100) {
                int end = i + 1 + Math.max(0, Lexicon.YEAR_WORDS.match(tokens, i + 1));
                sentence.add(Span.of(Tag.DATE, i, end, LedgerDate.year(value)));
                return end;
            }
            return i;
        }
        int month = month(tokens, i);
        if (month > 0) {
            return monthFirst(sentence, tokens, i, month);
        }
        return i;
    }

    /** "15 June 2025", "15-го червня", "11 and 14 June": from a day number to its month and year. */
    private int dayMonth(TaggedSentence sentence, List<Token> tokens, int i) {
        Integer day = plainInteger(tokens.get(i));
        if (day == null || day < 1 || day > 31) {
            return i;
        }
        int at = i + 1;
        if (at + 1 < tokens.size() && tokens.get(at).text().equals("-") && tokens.get(at + 1).norm().matches("го|е|ое")) {
            at += 2;
        }
        int month = month(tokens, at);
        if (month == 0) {
            int join = Lexicon.RANGE_JOIN.match(tokens, at);
            if (join > 0 && at + join < tokens.size() && tokens.get(at + join).isDigits()) {
                int rest = dayMonth(sentence, tokens, at + join); // "11 and 14 June": the first day is a date too
                if (rest > at + join) {
                    sentence.add(Span.of(Tag.DATE, i, at, null));
                    return rest;
                }
            }
            return i;
        }
        at++;
        Integer year = yearAt(tokens, at);
        int end = at;
        if (year != null) {
            end = at + 1 + Math.max(0, Lexicon.YEAR_WORDS.match(tokens, at + 1));
        } else if (tokens.get(at - 1).text().equals("may")) {
            return i; // "3 may be": the modal verb, not the month
        }
        sentence.add(Span.of(Tag.DATE, i, end, day(year != null ? year : this.year, month, day)));
        return end;
    }

    /** "June 15, 2025", "June 2025", "у червні 2025 року", "in June". */
    private int monthFirst(TaggedSentence sentence, List<Token> tokens, int i, int month) {
        int at = i + 1;
        Integer day = at < tokens.size() ? plainInteger(tokens.get(at)) : null;
        if (day != null && day >= 1 && day <= 31 && tokens.get(at).text().length() <= 2) {
            int yearAt = at + 1 < tokens.size() && tokens.get(at + 1).text().equals(",") ? at + 2 : at + 1;
            Integer year = yearAt(tokens, yearAt);
            int end = year != null ? yearAt + 1 : at + 1;
            sentence.add(Span.of(Tag.DATE, i, end, day(year != null ? year : this.year, month, day)));
            return end;
        }
        Integer year = yearAt(tokens, at);
        if (year != null) {
            int end = at + 1 + Math.max(0, Lexicon.YEAR_WORDS.match(tokens, at + 1));
            sentence.add(Span.of(Tag.DATE, i, end, LedgerDate.month(year, month)));
            return end;
        }
        if (i > 0 && MONTH_PREPOSITION.match(tokens, i - 1) > 0 && !tokens.get(i).norm().equals("may")) {
            sentence.add(Span.of(Tag.DATE, i, i + 1, this.year == null ? null : LedgerDate.month(this.year, month)));
            return i + 1;
        }
        return i;
    }

    /** The month (1–12) named by token {@code i}, else 0. */
    private static int month(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (Lexicon.MONTHS.get(m).match(tokens, i) > 0) {
                return m + 1;
            }
        }
        return 0;
    }

    private static Integer yearAt(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Integer value = plainInteger(tokens.get(i));
        return value != null && tokens.get(i).text().length() == 4 && value >= 1900 && value <= 2100 ? value : null;
    }

    /** The token's value when it is digits alone, without separators. */
    static Integer plainInteger(Token token) {
        return token.isDigits() && token.text().matches("\\d{1,9}") ? Integer.valueOf(token.text()) : null;
    }

    private static int fullYear(int year) {
        return year < 100 ? 2000 + year : year;
    }

    private static LedgerDate day(Integer year, int month, int day) {
        if (year == null) {
            return null;
        }
        try {
            return new LedgerDate(LocalDate.of(year, month, day), DatePrecision.DAY);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
