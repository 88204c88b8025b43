package org.homeward.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What every text and date that enters through the web must be, whatever field it is for: no control
 * characters (PostgreSQL refuses NUL; the others only hide text from the people who read it), no
 * longer than {@link Limits#LONGEST_TEXT}, and a date between {@link Limits#EARLIEST_DATE} and
 * {@link Limits#YEARS_AHEAD} years from today. Checked once where a value enters: JSON bodies
 * ({@link InputHygieneModule}), request parameters and form fields ({@link ParameterHygiene}) and
 * typed form dates ({@link WebConfiguration}).
 */
final class InputHygiene {

    /** Outside these, an instant has no date every reader agrees on: refused as outside any allowed range. */
    private static final Instant EARLIEST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

    private InputHygiene() {
    }

    /** The types whose values {@link #refusal} checks. */
    static boolean checks(Class<?> type) {
        return type == String.class || type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == Instant.class;
    }

    /** Why {@code value} is refused at the door, or null when it may pass. */
    static String refusal(Object value) {
        if (value instanceof String text) {
            return textRefusal(text);
        }
        LocalDate date = null;
        if (value instanceof LocalDate local) {
            date = local;
        } else if (value instanceof LocalDateTime local) {
            date = local.toLocalDate();
        } else if (value instanceof OffsetDateTime offset) {
            date = offset.toLocalDate();
        } else if (value instanceof ZonedDateTime zoned) {
            date = zoned.toLocalDate();
        } else if (value instanceof Instant instant) {
            date = instant.isBefore(EARLIEST_INSTANT) ? LocalDate.MIN
                    : instant.isAfter(LATEST_INSTANT) ? LocalDate.MAX : instant.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return date == null ? null : dateRefusal(date);
    }

    /** What is wrong with {@code text}, or null when nothing is (an absent value, {@code ?flag} without "=", included). */
    static String textRefusal(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > Limits.LONGEST_TEXT) {
            return "is longer than " + Limits.LONGEST_TEXT + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    static String dateRefusal(LocalDate date) {
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusYears(Limits.YEARS_AHEAD);
        if (date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(latest)) {
            return "must be a date between " + Limits.EARLIEST_DATE + " and " + latest;
        }
        return null;
    }
}
