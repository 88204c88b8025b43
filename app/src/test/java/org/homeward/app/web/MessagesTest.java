package org.homeward.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.app.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

/**
 * Every language has every text: each bundle's _uk file (messages, messages/ledger, …) has exactly the keys of its English one,
 * with the same {n} arguments, nothing empty, and every argument still live under ICU MessageFormat.
 */
class MessagesTest {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void each_ukrainian_bundle_has_exactly_the_keys_of_its_english_one() throws IOException {
        for (String bundle : MessageBundles.basenames()) {
            Map<String, String> english = read(bundle + ".properties");
            Map<String, String> ukrainian = read(bundle + "_uk.properties");

            Set<String> untranslated = new TreeSet<>(english.keySet());
            untranslated.removeAll(ukrainian.keySet());
            Set<String> unknown = new TreeSet<>(ukrainian.keySet());
            unknown.removeAll(english.keySet());
            assertThat(untranslated).as("keys of " + bundle + ".properties missing from " + bundle + "_uk.properties").isEmpty();
            assertThat(unknown).as("keys of " + bundle + "_uk.properties that " + bundle + ".properties does not have").isEmpty();
        }
    }

    @Test
    void the_feature_bundles_are_all_read_and_no_key_is_in_two() throws IOException {
        assertThat(MessageBundles.basenames()).contains("messages", "messages/ledger", "messages/remains", "messages/registry",
                "messages/families", "messages/identification");
        assertThat(texts("")).containsKeys("app.name", "ledger.title", "remains.title", "registry.title", "report.title");
    }

    @Test
    void every_text_has_the_arguments_of_the_english_one_and_none_is_empty() throws IOException {
        Map<String, String> english = texts("");
        Map<String, String> ukrainian = texts("_uk");
        List<String> problems = new ArrayList<>();
        english.forEach((key, value) -> {
            if (value.isBlank()) {
                problems.add("messages.properties: " + key + " is empty");
            }
        });
        ukrainian.forEach((key, value) -> {
            if (value.isBlank()) {
                problems.add("messages_uk.properties: " + key + " is empty");
            }
            String original = english.get(key);
            if (original != null && !arguments(original).equals(arguments(value))) {
                problems.add(key + ": arguments " + arguments(value) + ", the English text has " + arguments(original));
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * The messages are ICU MessageFormat patterns ({@link IcuMessageSource}), where an ASCII apostrophe
     * before a brace quotes what follows: "ім'{0}" would show "ім{0}" and lose the argument. Ukrainian
     * texts use the apostrophe ʼ (U+02BC), which needs no escaping.
     */
    @Test
    void every_ukrainian_argument_is_shown_and_no_text_uses_the_ascii_apostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        texts("_uk").forEach((key, value) -> {
            if (value.indexOf('\'') >= 0) {
                problems.add(key + ": ASCII apostrophe; write ʼ (U+02BC)");
            }
            problems.addAll(lostArguments(key, value));
        });
        assertThat(problems).isEmpty();
    }

    /** A lone ASCII apostrophe before a brace in an English text with arguments starts a quote and hides what follows. */
    @Test
    void no_english_text_with_arguments_loses_them_to_an_apostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        texts("").forEach((key, value) -> problems.addAll(lostArguments(key, value)));
        assertThat(problems).isEmpty();
    }

    @Test
    void waiting_times_read_naturally_in_ukrainian() throws IOException {
        Map<String, String> ukrainian = texts("_uk");
        assertThat(format(ukrainian, "remains.age.days", 1)).isEqualTo("1 день");
        assertThat(format(ukrainian, "remains.age.days", 12)).isEqualTo("12 днів");
        assertThat(format(ukrainian, "remains.age.hours", 1)).isEqualTo("1 година");
        assertThat(format(ukrainian, "remains.age.hours", 3)).isEqualTo("3 години");
        assertThat(format(ukrainian, "remains.age.minutes", 0)).isEqualTo("0 хвилин");
        assertThat(format(ukrainian, "remains.age.minutes", 1)).isEqualTo("1 хвилина");
        assertThat(format(ukrainian, "remains.age.minutes", 45)).isEqualTo("45 хвилин");
        assertThat(format(ukrainian, "families.case.status.PRESUMED_DEAD", "Петренко Іван", "16 червня 2025"))
                .isEqualTo("Петренко Іван: з 16 червня 2025 припускається загибель. Пошуки тривають.");
    }

    private static String format(Map<String, String> texts, String key, Object... arguments) {
        return new MessageFormat(texts.get(key), UKRAINIAN).format(arguments);
    }

    /** The {n} written in a text that are no argument of its pattern (quoted away), or the pattern's parse error. */
    private static List<String> lostArguments(String key, String text) {
        Set<Integer> written = arguments(text);
        if (written.isEmpty()) {
            return List.of();
        }
        MessagePattern pattern;
        try {
            pattern = new MessagePattern(text);
        } catch (IllegalArgumentException invalid) {
            return List.of(key + ": not a valid MessageFormat pattern (" + invalid.getMessage() + ")");
        }
        Set<Integer> parsed = new HashSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_NUMBER) {
                parsed.add(pattern.getPart(i).getValue());
            }
        }
        List<String> lost = new ArrayList<>();
        written.stream().filter(argument -> !parsed.contains(argument))
                .forEach(argument -> lost.add(key + ": {" + argument + "} is not shown (" + text + ")"));
        return lost;
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> found = new HashSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return new TreeSet<>(found);
    }

    /** Every bundle's texts of one language ("" English, "_uk"), failing on a key written in two bundles. */
    private static Map<String, String> texts(String language) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String bundle : MessageBundles.basenames()) {
            String name = bundle + language + ".properties";
            read(name).forEach((key, value) -> {
                if (texts.put(key, value) != null) {
                    throw new AssertionError(name + ": the key " + key + " is also in another bundle");
                }
            });
        }
        return texts;
    }

    /** The texts in file order, failing on a key written twice (java.util.Properties would keep the last). */
    private static Map<String, String> read(String name) throws IOException {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Map<String, String> texts = new LinkedHashMap<>();
            Properties properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (texts.put((String) key, (String) value) != null) {
                        throw new AssertionError(name + ": the key " + key + " is written twice");
                    }
                    return super.put(key, value);
                }
            };
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }
}
