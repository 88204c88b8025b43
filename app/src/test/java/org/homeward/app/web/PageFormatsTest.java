package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.homeward.app.testing.MessageBundles;
import org.junit.jupiter.api.Test;

/** The one formatting service: dates no more precise than known, instants in the display zone, LRs with superscript exponents, enum words from the bundles. */
class PageFormatsTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final PageFormats english = formats(Locale.UK);
    private final PageFormats ukrainian = formats(UKRAINIAN);

    @Test
    void a_date_shows_only_what_is_known_of_it() {
        assertThat(english.date(LocalDate.of(2025, 6, 16))).isEqualTo("16 June 2025");
        assertThat(english.date(YearMonth.of(2025, 6))).isEqualTo("June 2025");
        assertThat(english.date(Year.of(2025))).isEqualTo("2025");
        assertThat(ukrainian.date(YearMonth.of(2025, 6))).isEqualTo("червень 2025");
        assertThat(ukrainian.date(LocalDate.of(2025, 6, 16))).startsWith("16 червня 2025");
        assertThat(english.date(null)).isEmpty();
    }

    @Test
    void an_instant_is_shown_in_the_display_time_zone_not_as_iso_text() {
        Instant noonUtc = Instant.parse("2025-06-16T12:00:00Z");
        assertThat(english.dateTime(noonUtc)).contains("16 Jun 2025").contains("15:00").doesNotContain("T12");
        assertThat(english.day(Instant.parse("2025-06-16T22:30:00Z"))).isEqualTo("17 June 2025");
        assertThat(english.time(noonUtc)).isEqualTo("15:00");
    }

    @Test
    void numbers_use_the_readers_separators_and_lrs_a_superscript_exponent() {
        assertThat(english.number(1245)).isEqualTo("1,245");
        assertThat(ukrainian.number(1245).replace('\u202f', '\u00a0')).isEqualTo("1\u00a0245");
        assertThat(english.lr(21.0043)).isEqualTo("1.01 × 10²¹");
        assertThat(ukrainian.lr(21.0043)).isEqualTo("1,01 × 10²¹");
        assertThat(english.lr(-7.5)).isEqualTo("3.16 × 10⁻⁸");
        assertThat(english.lr(2)).isEqualTo("100");
    }

    @Test
    void an_enum_value_is_worded_by_the_bundles() {
        assertThat(english.label(Condition.BURNED)).isEqualTo("Burned");
        assertThat(ukrainian.label(Condition.BURNED)).isEqualTo("Обгоріле");
        assertThat(english.label(java.time.DayOfWeek.MONDAY)).as("no words in the bundles: the name").isEqualTo("MONDAY");
    }

    /** A stand-in with the name of a register enum whose words are in the bundles ({@code enum.Condition.BURNED}). */
    private enum Condition { BURNED }

    private static PageFormats formats(Locale locale) {
        return new PageFormats(locale, ZoneId.of("Europe/Kyiv"), MessageBundles.messageSource());
    }
}
