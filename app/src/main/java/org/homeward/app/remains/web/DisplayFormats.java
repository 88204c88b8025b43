package org.homeward.app.remains.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** Dates, times, numbers and ages of the register's pages, in the reader's language and the display time zone. */
final class DisplayFormats {

    private final Locale locale;
    private final ZoneId zone;
    private final MessageSource messages;

    DisplayFormats(Locale locale, ZoneId zone, MessageSource messages) {
        this.locale = locale;
        this.zone = zone;
        this.messages = messages;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }

    /** The value for a datetime-local input: the instant in the display zone. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").format(instant.atZone(zone));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
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

    /** The message of an enum constant: {@code remains.enum.Condition.BURNED}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "remains.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.getMessage(key, null, value.name(), locale);
    }

    ZoneId zone() {
        return zone;
    }
}
