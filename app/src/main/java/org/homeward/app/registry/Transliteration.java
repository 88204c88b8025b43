package org.homeward.app.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Ukrainian national transliteration (Cabinet of Ministers of Ukraine resolution No. 55 of
 * 27 January 2010, "KMU 2010") from Cyrillic to Latin, and the normalised search keys by which a
 * name written in either script finds the other ("Шевченко" and "Shevchenko" have one key).
 *
 * <p>KMU 2010: Є, Ї, Й, Ю, Я are Ye, Yi, Y, Yu, Ya at the start of a word and ie, i, i, iu, ia
 * elsewhere; "зг" is "zgh" (to tell it from "ж"); the soft sign and the apostrophe are dropped.
 * Russian letters that Ukrainian lacks (ы, э, ё, ъ) are given their usual equivalents so that
 * Russian-spelled names transliterate too.
 */
final class Transliteration {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"),
            // Russian letters
            Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ё', "io"), Map.entry('ъ', ""));

    /** At the start of a word. */
    private static final Map<Character, String> INITIAL = Map.of(
            'є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya", 'ё', "yo");

    private Transliteration() {
    }

    /** Whether the text has any Cyrillic letter. */
    static boolean hasCyrillic(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** The text with its Cyrillic letters in KMU 2010 Latin; other characters kept. "Щербак Юрій" → "Shcherbak Yurii". */
    static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower == '\'' || lower == '’' || lower == 'ʼ') {
                if (i > 0 && isCyrillic(text.charAt(i - 1))) {
                    continue; // the apostrophe inside a Ukrainian word is not transliterated
                }
                out.append(c);
                wordStart = false;
                continue;
            }
            String latin;
            if (lower == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
                latin = "gh";
            } else if (wordStart && INITIAL.containsKey(lower)) {
                latin = INITIAL.get(lower);
            } else {
                latin = LETTERS.get(lower);
            }
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                boolean wholeWordUpper = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))
                        || i > 0 && Character.isUpperCase(text.charAt(i - 1));
                out.append(wholeWordUpper ? latin.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            } else {
                out.append(latin);
            }
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * The normalised search key of a name in either script: KMU 2010 Latin, lower case, accents
     * and punctuation gone, and the usual variants of transliterated names folded together
     * (kh/h, y/j/i, iu/yu/u, ia/ya/a, ie/ye/e, w/v, doubled letters), words kept apart by one space.
     */
    static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String latin = toLatin(text).toLowerCase(Locale.ROOT);
        latin = latin.replace("š", "sh").replace("č", "ch").replace("ž", "zh").replace("ć", "ch").replace("ß", "ss");
        latin = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        latin = latin.replaceAll("[^a-z]+", " ").trim();
        StringBuilder key = new StringBuilder();
        for (String word : latin.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.replace("kh", "h").replace("w", "v").replace("tz", "ts").replace("x", "ks")
                    .replace('j', 'i').replace('y', 'i')
                    .replace("iu", "u").replace("ia", "a").replace("ie", "e").replace("io", "o");
            w = w.replaceAll("(.)\\1+", "$1");
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(w);
        }
        return key.toString();
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }
}
