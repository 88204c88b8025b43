package org.homeward.kinship.family;

import java.util.Locale;
import org.homeward.kinship.Sex;

/**
 * A relationship as a family states it, in plain words: "mother", "paternal half-brother",
 * "son". Each word fixes the relative's sex where it implies one ("sibling", "child", "parent",
 * "spouse" and "cousin" do not).
 */
public enum Relation {
    FATHER(Sex.MALE), MOTHER(Sex.FEMALE),
    SON(Sex.MALE), DAUGHTER(Sex.FEMALE), CHILD(null),
    BROTHER(Sex.MALE), SISTER(Sex.FEMALE), SIBLING(null),
    PATERNAL_HALF_BROTHER(Sex.MALE), PATERNAL_HALF_SISTER(Sex.FEMALE), PATERNAL_HALF_SIBLING(null),
    MATERNAL_HALF_BROTHER(Sex.MALE), MATERNAL_HALF_SISTER(Sex.FEMALE), MATERNAL_HALF_SIBLING(null),
    HUSBAND(Sex.MALE), WIFE(Sex.FEMALE), SPOUSE(null),
    PATERNAL_GRANDFATHER(Sex.MALE), PATERNAL_GRANDMOTHER(Sex.FEMALE),
    MATERNAL_GRANDFATHER(Sex.MALE), MATERNAL_GRANDMOTHER(Sex.FEMALE),
    GRANDSON(Sex.MALE), GRANDDAUGHTER(Sex.FEMALE), GRANDCHILD(null),
    PATERNAL_UNCLE(Sex.MALE), PATERNAL_AUNT(Sex.FEMALE), MATERNAL_UNCLE(Sex.MALE), MATERNAL_AUNT(Sex.FEMALE),
    NEPHEW(Sex.MALE), NIECE(Sex.FEMALE),
    PATERNAL_FIRST_COUSIN(null), MATERNAL_FIRST_COUSIN(null);

    private final Sex impliedSex;

    Relation(Sex impliedSex) {
        this.impliedSex = impliedSex;
    }

    /** The sex the word implies, or null when it implies none. */
    public Sex impliedSex() {
        return impliedSex;
    }

    /** The words as a person would write them: "paternal half-brother". */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace("half_", "half-").replace('_', ' ');
    }

    /**
     * Reads plain words, case and punctuation aside: "Paternal half-brother", "paternal half brother",
     * "half-brother (paternal)", "grandmother (maternal)", "first cousin, paternal", "partner"; and
     * the same in Ukrainian: "мати", "зведений брат по батькові", "єдиноутробна сестра",
     * "бабуся по матері", "двоюрідний брат по батькові", "онука".
     */
    public static Relation parse(String text) {
        String english = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                ? fromUkrainian(text) : text;
        try {
            return parseEnglish(english);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(unknown.getMessage().replace("'" + english + "'", "'" + text + "'"));
        }
    }

    /** Ukrainian kinship words as the English ones {@link #parseEnglish} reads; unknown words pass through. */
    private static String fromUkrainian(String text) {
        String t = text.toLowerCase(new Locale("uk")).replace('’', 'ʼ').replace('\'', 'ʼ');
        String side = "";
        if (t.contains("по батькові") || t.contains("батьківськ") || t.contains("єдинокровн")) {
            side = "paternal ";
        } else if (t.contains("по матері") || t.contains("материнськ") || t.contains("єдиноутробн")) {
            side = "maternal ";
        }
        boolean half = t.contains("зведен") || t.contains("єдинокровн") || t.contains("єдиноутробн") || t.contains("напів");
        String[][] words = {
                {"двоюрідн", "first cousin"}, {"племінниц", "niece"}, {"племінник", "nephew"}, {"онучк", "granddaughter"},
                {"онука", "granddaughter"}, {"онук", "grandson"},
                {"дідус", "grandfather"}, {"дід", "grandfather"}, {"бабус", "grandmother"}, {"баба", "grandmother"},
                {"дядь", "uncle"}, {"тітк", "aunt"}, {"брат", "brother"}, {"сестр", "sister"},
                // after the words above: "по батькові" and "по матері" name a side, not a parent
                {"батько", "father"}, {"тато", "father"},
                {"мати", "mother"}, {"мама", "mother"}, {"син", "son"}, {"дочк", "daughter"}, {"доньк", "daughter"},
                {"дитин", "child"}, {"дружин", "wife"}, {"чоловік", "husband"}, {"партнер", "partner"}};
        for (String[] w : words) {
            if (t.contains(w[0])) {
                String core = w[1];
                // A brother or sister "по батькові" / "по матері" shares only that parent.
                boolean sibling = core.equals("brother") || core.equals("sister");
                return side + ((half || !side.isEmpty()) && sibling ? "half-" : "") + core;
            }
        }
        return text;
    }

    private static Relation parseEnglish(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
        String side = "";
        if (t.contains("paternal")) {
            side = "PATERNAL_";
        } else if (t.contains("maternal")) {
            side = "MATERNAL_";
        }
        String core = t.replace("paternal", "").replace("maternal", "").replace("full", "").replaceAll(" +", " ").trim()
                .replace("half ", "half_").replace("first ", "first_").replace(' ', '_').toUpperCase(Locale.ROOT);
        core = switch (core) {
            case "PARTNER" -> "SPOUSE";
            case "COUSIN" -> "FIRST_COUSIN";
            case "DAD" -> "FATHER";
            case "MUM", "MOM" -> "MOTHER";
            default -> core;
        };
        try {
            return valueOf(side + core);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("'" + text + "' is not a relationship Homeward knows"
                    + (side.isEmpty() && needsSide(core) ? " (say whether it is paternal or maternal)" : "")
                    + "; known: " + known());
        }
    }

    private static boolean needsSide(String core) {
        return core.startsWith("HALF_") || core.startsWith("GRAND") && !core.startsWith("GRANDSON")
                && !core.startsWith("GRANDDAUGHTER") && !core.startsWith("GRANDCHILD")
                || core.equals("UNCLE") || core.equals("AUNT") || core.equals("FIRST_COUSIN");
    }

    private static String known() {
        StringBuilder s = new StringBuilder();
        for (Relation r : values()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(r.words());
        }
        return s.toString();
    }
}
