package org.homeward.app.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The one way pages show dates, times, numbers, likelihood ratios and enum values, bound to the
 * reader's locale and the display time zone: {@code ${fmt.date(transfer.date.temporal())}}. Every page gets
 * it as {@code fmt} (see {@link Formats}). A date shows what is known of it and no more: a
 * {@link LocalDate} as "16 June 2025", a {@link YearMonth} as "June 2025" ("червень 2025"), a
 * {@link Year} as "2025".
 */
public record PageFormats(Locale locale, ZoneId zone, MessageSource messages) {

    /** A date at its known precision: a day, a month or a year. */
    public String date(TemporalAccessor date) {
        return date == null ? "" : date(date, locale);
    }

    /** The same text outside pages (reports, exports in the reader's language). */
    public static String date(TemporalAccessor date, Locale locale) {
        if (date instanceof YearMonth month) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        }
        if (date instanceof Year year) {
            return String.valueOf(year.getValue());
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** An instant as a date and time of day in the display time zone: "16 Jun 2025, 15:00" (24-hour clock). */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).format(instant.atZone(zone));
    }

    /** The day an instant falls on in the display time zone. */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    /** An instant's time of day in the display time zone, on the 24-hour clock in every language: "14:30". */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZone(zone));
    }

    /** The value for a datetime-local input: the instant in the display zone. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").format(instant.atZone(zone));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(value);
    }

    /** A likelihood ratio from its log10: "1.01 × 10²¹". */
    public String lr(double log10Lr) {
        return Numbers.lr(log10Lr, locale);
    }

    public String log10(double log10Lr) {
        return Numbers.log10(log10Lr, locale);
    }

    public String percent(double p) {
        return Numbers.percent(p, locale);
    }

    public String prior(double p) {
        return Numbers.prior(p, locale);
    }

    /** "3 days", "5 hours", "12 minutes": the largest whole unit. */
    public String age(Duration age) {
        if (age == null) {
            return "";
        }
        long days = age.toDays();
        if (days > 0) {
            return messages.getMessage("remains.age.days", new Object[] {days}, locale);
        }
        long hours = age.toHours();
        if (hours > 0) {
            return messages.getMessage("remains.age.hours", new Object[] {hours}, locale);
        }
        return messages.getMessage("remains.age.minutes", new Object[] {Math.max(0, age.toMinutes())}, locale);
    }

    /** The words for an enum constant, from the bundles: {@code enum.Condition.BURNED}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, value.name(), locale);
    }
}
