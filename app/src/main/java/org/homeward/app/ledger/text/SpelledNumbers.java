package org.homeward.app.ledger.text;

import java.text.ParsePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * Numbers written in words in Ukrainian, Russian and English, read with ICU's rule-based spell-out
 * ({@link RuleBasedNumberFormat#SPELLOUT}): "двохсот сорока пʼяти", "шести тысяч", "two hundred and
 * forty-five".
 *
 * <p>Which words are numbers is not a hand-written list either: ICU spells the units, tens, hundreds
 * and scales in every cardinal rule set of the language (each case and gender), and those forms are
 * the lexicon.
 *
 * <p>One morphology step, because ICU's parser reads every case form below a thousand but not a scale
 * noun without its multiplier ("тисяча двісті", a bare "thousand") nor every case form of a scale noun
 * ("тисячею", "мільйона"): a run is split at its scale nouns, recognised by the forms ICU spells, each
 * multiplier (one when there is none) and the rest are parsed by ICU, and the parts are summed.
 */
final class SpelledNumbers {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final List<Locale> LANGUAGES = List.of(UKRAINIAN, RUSSIAN, Locale.ENGLISH);

    private static final long[] BASES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60,
            70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000, 2_000, 5_000, 1_000_000, 2_000_000, 5_000_000};

    private static final Map<Locale, SpelledNumbers> BY_LANGUAGE = new HashMap<>();

    static {
        LANGUAGES.forEach(locale -> BY_LANGUAGE.put(locale, new SpelledNumbers(locale)));
    }

    private final RuleBasedNumberFormat format;
    /** Every word ICU spells in this language; a scale noun maps to its scale (1,000 or 1,000,000), others to 0. */
    private final Map<String, Long> words = new HashMap<>();

    private SpelledNumbers(Locale locale) {
        this.format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : format.getRuleSetNames()) {
            if (!ruleSet.startsWith("%spellout-cardinal")) {
                continue;
            }
            for (long base : BASES) {
                String[] spelled = format.format(base, ruleSet).toLowerCase(Locale.ROOT).split("[\\s\\-\u00AD]+");
                long scale = base >= 1_000_000 ? 1_000_000 : base >= 1_000 ? 1_000 : 0;
                String scaleWord = spelled[spelled.length - 1];
                for (String word : spelled) {
                    words.merge(word, word.equals(scaleWord) ? scale : 0, Math::max);
                }
            }
        }
    }

    /** Whether {@code word} (as {@link Token#norm()} writes it) is a number word in any of the languages. */
    static boolean isNumberWord(String word) {
        return BY_LANGUAGE.values().stream().anyMatch(language -> language.words.containsKey(word));
    }

    /** Whether {@code word} is a scale noun ("тисячі", "тысяч", "thousand", "мільйонів"). */
    static boolean isScale(String word) {
        return BY_LANGUAGE.values().stream().anyMatch(language -> language.words.getOrDefault(word, 0L) > 0);
    }

    /**
     * The value of the words, in the first language all of them belong to; a word may be hyphenated
     * ("forty-five") and "and" may stand between them, as ICU reads them.
     */
    static Optional<Long> value(List<String> run) {
        for (Locale locale : LANGUAGES) {
            SpelledNumbers language = BY_LANGUAGE.get(locale);
            if (run.stream().flatMap(word -> List.of(word.split("-")).stream()).filter(word -> !word.equals("and"))
                    .allMatch(language.words::containsKey)) {
                Optional<Long> value = language.parse(run);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Long> parse(List<String> run) {
        long total = 0;
        int partStart = 0;
        for (int i = 0; i < run.size(); i++) {
            long scale = words.getOrDefault(run.get(i), 0L);
            if (scale > 0) {
                Optional<Long> multiplier = partStart == i ? Optional.of(1L) : icu(run.subList(partStart, i));
                if (multiplier.isEmpty()) {
                    return Optional.empty();
                }
                total += multiplier.get() * scale;
                partStart = i + 1;
            }
        }
        if (partStart < run.size()) {
            Optional<Long> rest = icu(run.subList(partStart, run.size()));
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            total += rest.get();
        }
        return Optional.of(total);
    }

    /** ICU's reading of the words, when it reads all of them. */
    private Optional<Long> icu(List<String> words) {
        String text = String.join(" ", words);
        ParsePosition position = new ParsePosition(0);
        Number number;
        synchronized (format) { // an ICU format is not thread-safe
            number = format.parse(text, position);
        }
        return position.getIndex() == text.length() && number != null ? Optional.of(number.longValue()) : Optional.empty();
    }
}
