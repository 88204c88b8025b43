package org.homeward.app.ledger;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import org.homeward.app.web.PageFormats;

/**
 * A date as far as the sources give it: a day, a month or only a year. {@code date} is the first
 * day of the period. Timelines place a period at its end ({@link #ORDER}), so "June 2025" comes
 * after every known day of June, where it cannot be wrong.
 */
public record LedgerDate(LocalDate date, DatePrecision precision) {

    /** Chronological, a period placed at its last day; then the more precise first. */
    public static final Comparator<LedgerDate> ORDER = Comparator.comparing(LedgerDate::end)
            .thenComparing(LedgerDate::precision);

    public LedgerDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public static LedgerDate day(LocalDate date) {
        return new LedgerDate(date, DatePrecision.DAY);
    }

    public static LedgerDate month(int year, int month) {
        return new LedgerDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static LedgerDate year(int year) {
        return new LedgerDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** "16 June 2025", "June 2025" or "2025" in the reader's language. */
    public String format(Locale locale) {
        return PageFormats.date(temporal(), locale);
    }

    /** The date as java.time says it at this precision: a LocalDate, a YearMonth or a Year, for {@code ${fmt.date(…)}}. */
    public Temporal temporal() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date);
            case YEAR -> Year.from(date);
        };
    }

    /** ISO text: 2025-06-16, 2025-06 or 2025. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
