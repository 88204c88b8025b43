package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.testing.MessageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' messages are formatted by ICU, and only the plural forms (and ICU's {@code select},
 * which java.text cannot read at all) differ from what Spring's java.text formatting showed before.
 */
class IcuMessageSourceTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A text with a typed argument ({@code {1,number,#}}) is given numbers only: a word there is refused by both. */
    private static final Pattern TYPED = Pattern.compile("\\{\\d+\\s*,\\s*(number|date|time)");
    private static final Pattern COUNT = Pattern.compile("\\{\\d+\\s*,\\s*(plural|choice|select)");

    private final MessageSource icu = new IcuMessageSource(String.join(",", MessageBundles.basenames()), false);

    /**
     * Every text without a count, in both languages, with text, whole and decimal arguments and with
     * none, shows as Spring's java.text formatting showed it: the switch to ICU changes nothing else.
     */
    @Test
    void every_text_without_a_count_shows_as_java_text_showed_it() {
        ResourceBundleMessageSource javaText = MessageBundles.messageSource();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Locale locale : WebConfiguration.SUPPORTED_LOCALES) {
            for (String basename : MessageBundles.basenames()) {
                ResourceBundle bundle = ResourceBundle.getBundle(basename, locale);
                for (String key : bundle.keySet()) {
                    String text = bundle.getString(key);
                    if (COUNT.matcher(text).find()) {
                        continue;
                    }
                    int arguments = argumentCount(text);
                    List<Object[]> argumentSets = TYPED.matcher(text).find()
                            ? List.of(new Object[0], fill(arguments, 1234567), fill(arguments, 1234.5))
                            : List.of(new Object[0], fill(arguments, "⟦x⟧"), fill(arguments, 1234567), fill(arguments, 1234.5));
                    for (Object[] values : argumentSets) {
                        // A text without {n} given arguments anyway (a field error's code, say) was java.text's
                        // one flaw here: it dropped a lone apostrophe ("a familys references"); ICU shows it as written.
                        String expected = arguments == 0 ? text : javaText.getMessage(key, values, locale);
                        String shown = icu.getMessage(key, values, locale);
                        compared++;
                        if (!expected.equals(shown)) {
                            differences.add(locale + " " + key + ": java.text «" + expected + "», ICU «" + shown + "»");
                        }
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(4 * 1000);
    }

    @Test
    void a_select_picks_the_words_of_its_case() {
        assertThat(icu.getMessage("remains.label.conflict.NAME", new Object[] {"MANIFEST", "MP-1", "Петренко"}, Locale.ENGLISH))
                .startsWith("the manifest named «Петренко»");
        assertThat(icu.getMessage("remains.label.conflict.NAME", new Object[] {"HANDOVER", "MP-1", "Петренко"}, Locale.ENGLISH))
                .startsWith("the handover named");
    }

    @Test
    void ukrainian_counts_take_the_plural_form_their_number_needs() {
        assertThat(uk("remains.receipt.imported", 1, "A", "B", 0)).startsWith("Зареєстровано 1 мішок,");
        assertThat(uk("remains.receipt.imported", 2, "A", "B", 0)).startsWith("Зареєстровано 2 мішки,");
        assertThat(uk("remains.receipt.imported", 5, "A", "B", 0)).startsWith("Зареєстровано 5 мішків,");
        assertThat(uk("remains.receipt.imported", 11, "A", "B", 0)).startsWith("Зареєстровано 11 мішків,");
        assertThat(uk("remains.receipt.imported", 21, "A", "B", 0)).startsWith("Зареєстровано 21 мішок,");
        assertThat(uk("remains.receipt.imported", 22, "A", "B", 0)).startsWith("Зареєстровано 22 мішки,");
        assertThat(uk("remains.receipt.imported", 25, "A", "B", 0)).startsWith("Зареєстровано 25 мішків,");
        assertThat(uk("remains.receipt.imported", 563, "A", "B", 0)).startsWith("Зареєстровано 563 мішки,");
        assertThat(uk("remains.receipt.imported", 51, "A", "B", 0)).startsWith("Зареєстровано 51 мішок,");

        assertThat(uk("statistics.transferCount", 1)).isEqualTo("1 передача");
        assertThat(uk("statistics.transferCount", 2)).isEqualTo("2 передачі");
        assertThat(uk("statistics.transferCount", 5)).isEqualTo("5 передач");
        assertThat(uk("statistics.transferCount", 11)).isEqualTo("11 передач");
        assertThat(uk("statistics.transferCount", 21)).isEqualTo("21 передача");
        assertThat(uk("statistics.transferCount", 563)).isEqualTo("563 передачі");
        assertThat(uk("statistics.transferCount", 1.5)).isEqualTo("1,5 передачі");

        assertThat(uk("remains.age.days", 1L)).isEqualTo("1 день");
        assertThat(uk("remains.age.days", 22L)).isEqualTo("22 дні");
        assertThat(uk("remains.age.days", 25L)).isEqualTo("25 днів");
        assertThat(uk("remains.age.days", 51L)).isEqualTo("51 день");
        assertThat(uk("remains.age.hours", 563L)).isEqualTo("563 години");
        assertThat(uk("remains.age.minutes", 11L)).isEqualTo("11 хвилин");

        assertThat(uk("ledger.tally", 3, 21)).isEqualTo("підрахунок є для 3 з 21 передачі");
        assertThat(uk("ledger.tally", 3, 25)).isEqualTo("підрахунок є для 3 з 25 передач");
        assertThat(uk("identification.run.familiesValue", 21, 2, 0))
                .isEqualTo("21 родина, 2 зниклі безвісти особи (нових: 0)");
        assertThat(uk("identification.run.familiesValue", 5, 563, 1))
                .isEqualTo("5 родин, 563 зниклі безвісти особи (нових: 1)");
        assertThat(uk("breakGlass.restricted.explain", "R-1", 1L)).contains("на 1 хвилину.");
        assertThat(uk("breakGlass.restricted.explain", "R-1", 15L)).contains("на 15 хвилин.");
    }

    @Test
    void english_counts_are_one_or_many() {
        assertThat(icu.getMessage("remains.receipt.imported", new Object[] {1, "A", "A", 0}, Locale.ENGLISH))
                .isEqualTo("Registered 1 bag: A to A. Rows skipped: 0.");
        assertThat(icu.getMessage("remains.receipt.imported", new Object[] {2, "A", "B", 0}, Locale.ENGLISH))
                .isEqualTo("Registered 2 bags: A to B. Rows skipped: 0.");
        assertThat(icu.getMessage("remains.age.minutes", new Object[] {0L}, Locale.ENGLISH)).isEqualTo("0 minutes");
        assertThat(icu.getMessage("remains.age.days", new Object[] {1L}, Locale.ENGLISH)).isEqualTo("1 day");
        assertThat(icu.getMessage("remains.age.days", new Object[] {1234L}, Locale.ENGLISH)).isEqualTo("1,234 days");
    }

    /** Spring's rules stay: a text without arguments as written, a default message formatted, English where no translation is. */
    @Test
    void a_java_time_argument_prints_as_its_text_as_java_text_printed_it() {
        java.time.Instant until = java.time.Instant.parse("2026-12-04T11:55:59Z");
        assertThat(icu.getMessage("users.link.intro", new Object[] {"alice", until}, Locale.ENGLISH))
                .isEqualTo("Give this one-time link to alice, privately; it works once, until 2026-12-04T11:55:59Z.");
    }

    @Test
    void spring_behaviour_stays_outside_the_formatting() {
        assertThat(icu.getMessage("home.tagline", null, Locale.ENGLISH)).isEqualTo("Bringing the war dead home by name.");
        assertThat(icu.getMessage("home.tagline", null, Locale.GERMAN)).isEqualTo("Bringing the war dead home by name.");
        assertThat(icu.getMessage(new DefaultMessageSourceResolvable(new String[] {"no.such.key"}, new Object[] {2}, "{0} left"), UKRAINIAN))
                .isEqualTo("2 left");
        assertThat(icu.getMessage("no.such.key", new Object[] {1}, "must match {regexp}", Locale.ENGLISH)).isEqualTo("must match {regexp}");
    }

    private String uk(String key, Object... arguments) {
        return icu.getMessage(key, arguments, UKRAINIAN);
    }

    private static int argumentCount(String text) {
        int count = 0;
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
        }
        return count;
    }

    /** At least one value, so that a text without arguments is formatted too. */
    private static Object[] fill(int length, Object value) {
        Object[] values = new Object[Math.max(length, 1)];
        Arrays.fill(values, value);
        return values;
    }
}
