package org.homeward.app.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a report for a person to review: each number (digits with or without
 * thousands separators, "6,057" or "6 057"; words, "three", "tens of thousands"; ranges, "between
 * 300 and 400", "1,000–1,200") with its qualifier ("over", "about", "up to"), the unit named near it,
 * the sentence it stands in, and the party named nearest to it, preferring one that is said to speak
 * ("Moscow confirmed", "according to TASS").
 *
 * <p>It proposes; it decides nothing. It leaves out what is plainly not a count of the dead: years,
 * ordinals ("1486th"), percentages, money, and numbers of days, buildings, rounds or phases. A number
 * with no unit in its sentence takes the unit named last before it within a paragraph's reach
 * ("Russia returned over 6,000 bodies ... Kyiv counted 6,057 in total"). Plain Java, no Spring.
 */
final class ClaimExtractor {

    /** The names by which a text may refer to one party. */
    record PartyNames(PartyId party, List<String> names) {
    }

    private static final Map<String, Long> SMALL = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L);

    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
            + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|hundred|thousand|million)";
    private static final String DIGITS = "\\d{1,3}(?:(?:,|[ \\u00A0\\u202F\\u2009])\\d{3})+(?![\\d,.]\\d)|\\d+(?:\\.\\d+)?";

    /** A single number: digits (with an optional scale word), words, or a vague quantity. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<vague>\\b(?:tens|hundreds) of thousands\\b|\\bthousands\\b|\\bhundreds\\b)"
                    + "|(?<digits>(?<![\\p{L}\\d$€£])(?:" + DIGITS + "))(?:\\s+(?<scale>thousand|million)\\b)?"
                    + "|(?<words>\\b" + WORD + "(?:(?:\\s+and\\s+|[\\s-]+)" + WORD + ")*\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:–|—|-|to|and)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:over|more than|at least|upwards of|in excess of|exceeding)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_MOST = Pattern.compile(
            "(?:up to|at most|fewer than|less than|no more than|under)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?:about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_START = Pattern.compile("(?:between|from)\\s+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD_TOKEN = Pattern.compile("[\\p{L}%]+");
    private static final Map<String, Unit> UNIT_WORDS = Map.ofEntries(
            Map.entry("bodies", Unit.BODIES), Map.entry("body", Unit.BODIES), Map.entry("remains", Unit.BODIES),
            Map.entry("corpses", Unit.BODIES), Map.entry("corpse", Unit.BODIES),
            Map.entry("bags", Unit.BAGS), Map.entry("bag", Unit.BAGS), Map.entry("packages", Unit.BAGS),
            Map.entry("individuals", Unit.INDIVIDUALS), Map.entry("fragments", Unit.FRAGMENTS),
            Map.entry("deaths", Unit.PERSONS), Map.entry("killed", Unit.PERSONS), Map.entry("dead", Unit.PERSONS),
            Map.entry("died", Unit.PERSONS), Map.entry("casualties", Unit.PERSONS), Map.entry("missing", Unit.PERSONS));
    /** Nouns that show a number counts something other than the dead. */
    private static final Set<String> OTHER_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "hour", "hours", "minute", "minutes", "building", "buildings", "round", "rounds", "phase", "phases", "stage",
            "stages", "time", "times", "percent", "%", "km", "kilometres", "kilometers", "miles", "tariffs", "truck",
            "trucks", "countries", "nations", "sides", "points", "demands", "articles", "posts", "regiment", "brigade",
            "per", "cent", "talks", "meetings", "handover", "handovers", "exchange", "exchanges", "transfer", "transfers",
            "swap", "swaps", "th", "st", "nd", "rd");
    private static final Pattern UNIT_OF = Pattern.compile("(\\p{L}+)\\s+of\\s+(?:the\\s+|these\\s+|those\\s+)?$");
    private static final int UNIT_WINDOW_WORDS = 5;
    /** How far back a number without a unit in its sentence looks for one. */
    private static final int UNIT_LOOKBACK = 400;

    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^[^.;]{0,40}?\\b(?:said|says|say|stated|states|claimed|claims|claiming|confirmed|confirms|reported|reports|"
                    + "counted|counts|announced|announces|wrote|writes|noted|notes|disclosed|told|estimates?|estimated|"
                    + "offered|accused|read)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "(?:according to|statement from|statement by|citing|cited by|per)\\s+(?:the\\s+)?[^.;]{0,25}$", Pattern.CASE_INSENSITIVE);

    private final List<PartyNames> parties;

    ClaimExtractor(List<Party> parties) {
        this.parties = parties.stream().map(party -> {
            List<String> names = new ArrayList<>(party.aliases());
            names.add(party.name());
            return new PartyNames(party.id(), names);
        }).toList();
    }

    List<ProposedClaim> extract(String text) {
        List<ProposedClaim> proposals = new ArrayList<>();
        for (int[] sentence : sentences(text)) {
            String quote = text.substring(sentence[0], sentence[1]);
            List<Mention> mentions = mentions(quote);
            List<Token> tokens = tokens(quote);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                Token rangeEnd = i + 1 < tokens.size() ? rangeEnd(quote, token, tokens.get(i + 1)) : null;
                int end = rangeEnd != null ? rangeEnd.end : token.end;
                if (isExcluded(quote, token, end)) {
                    continue;
                }
                if (token.word && token.low == 1 && !(firstUnitOrOther(quote.substring(end), 2) instanceof Unit)) {
                    continue; // "one report says", "one of the few": only "one body" is a figure
                }
                Unit unit = unit(text, sentence[0], quote, token.start, end);
                Figure figure = rangeEnd != null
                        ? Figure.range(token.low, null, rangeEnd.high)
                        : qualified(quote.substring(0, token.start), token);
                Mention speaker = speaker(mentions, token.start, end, quote);
                if (unit == null && speaker == null) {
                    continue; // neither a unit nor a party near it: "Java 17"
                }
                proposals.add(new ProposedClaim(quote.substring(token.start, end), sentence[0] + token.start, quote,
                        figure, unit, speaker == null ? null : speaker.party, speaker == null ? null : speaker.text));
                if (rangeEnd != null) {
                    i++;
                }
            }
        }
        return proposals;
    }

    // --- sentences ---------------------------------------------------------------------------------

    /** Sentence spans [start, end): split at . ! ? followed by space, and at line breaks; trimmed. */
    static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || text.charAt(i) == '\n'
                    || (".!?".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !abbreviation(text, i));
            if (boundary) {
                int end = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
                // a closing quote after the full stop belongs to the sentence
                while (end < text.length() && "”\"’'".indexOf(text.charAt(end)) >= 0) {
                    end++;
                    i++;
                }
                addTrimmed(text, start, end, spans);
                start = end;
            }
        }
        return spans;
    }

    private static boolean abbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) // U.S., J. Smith
                || Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "No", "approx", "vs").contains(word);
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }

    // --- numbers -----------------------------------------------------------------------------------

    /** A number in a sentence; {@code low..high} is its value (equal unless vague). */
    private record Token(int start, int end, long low, long high, boolean word, boolean vague) {
    }

    private static List<Token> tokens(String sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(sentence);
        while (matcher.find()) {
            if (matcher.group("vague") != null) {
                String vague = matcher.group("vague").toLowerCase(Locale.ROOT);
                long[] range = switch (vague) {
                    case "tens of thousands" -> new long[] {10_000, 99_999};
                    case "hundreds of thousands" -> new long[] {100_000, 999_999};
                    case "thousands" -> new long[] {1_000, 9_999};
                    default -> new long[] {100, 999};
                };
                tokens.add(new Token(matcher.start(), matcher.end(), range[0], range[1], true, true));
            } else if (matcher.group("digits") != null) {
                String digits = matcher.group("digits").replaceAll("[,\\u00A0\\u202F\\u2009 ]", "");
                double value = Double.parseDouble(digits);
                String scale = matcher.group("scale");
                if (scale != null) {
                    value *= SCALES.get(scale.toLowerCase(Locale.ROOT));
                } else if (digits.contains(".")) {
                    continue; // a decimal without a scale is not a count
                }
                tokens.add(new Token(matcher.start(), matcher.end(), (long) value, (long) value, false, false));
            } else {
                Long value = words(matcher.group("words"));
                if (value != null) {
                    tokens.add(new Token(matcher.start(), matcher.end(), value, value, true, false));
                }
            }
        }
        return tokens;
    }

    /** "two hundred and forty-five" → 245; null when the words do not make one number. */
    static Long words(String text) {
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (word.equals("and")) {
                continue;
            }
            if (SMALL.containsKey(word)) {
                current += SMALL.get(word);
                any = true;
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            } else if (SCALES.containsKey(word)) {
                total += (current == 0 ? 1 : current) * SCALES.get(word);
                current = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + current : null;
    }

    /** The second number of "300 to 400", "between 300 and 400", "1,000–1,200"; null when {@code next} is not one. */
    private static Token rangeEnd(String sentence, Token first, Token next) {
        String between = sentence.substring(first.end, next.start);
        if (!RANGE_JOIN.matcher(between).matches() || first.vague || next.vague || next.low <= first.low) {
            return null;
        }
        boolean and = between.strip().equalsIgnoreCase("and");
        boolean opened = RANGE_START.matcher(sentence.substring(0, first.start)).find();
        if ((and || between.strip().equalsIgnoreCase("to")) && !opened) {
            return null; // "for 19, or for 31", "1,245 and Moscow" are not ranges
        }
        return next;
    }

    private static Figure qualified(String before, Token token) {
        if (token.vague) {
            return Figure.range(token.low, null, token.high);
        }
        if (AT_LEAST.matcher(before).find()) {
            return Figure.atLeast(token.low);
        }
        if (AT_MOST.matcher(before).find() && !before.matches("(?is).*\\badd(?:s|ed)?\\s+up\\s+to\\s+$")) {
            return Figure.atMost(token.low);
        }
        if (APPROXIMATE.matcher(before).find()) {
            return Figure.approximately(token.low);
        }
        return Figure.exact(token.low);
    }

    /** Years, ordinals, percentages, money, and counts of other things. */
    private static boolean isExcluded(String sentence, Token token, int end) {
        String after = sentence.substring(end);
        String before = sentence.substring(0, token.start);
        if (after.matches("(?s)^(?:st|nd|rd|th)\\b.*") || after.matches("(?s)^\\s*(?:%|percent|per cent)(?:\\W.*)?")) {
            return true;
        }
        if (before.matches("(?s).*[$€£]\\s*$") || (before.endsWith("(") && after.startsWith(")"))) {
            return true; // money; list markers "(2)"
        }
        String text = sentence.substring(token.start, end);
        if (!token.word && text.matches("(?:19|20)\\d\\d") && firstUnitOrOther(after, UNIT_WINDOW_WORDS) == null) {
            return true; // a year: 2022, "February 2022"
        }
        Object next = firstUnitOrOther(after, UNIT_WINDOW_WORDS);
        return next instanceof String;
    }

    /** The first unit word (a {@link Unit}) or other noun (a String) in the {@code window} words after a number, else null. */
    private static Object firstUnitOrOther(String after, int window) {
        Matcher words = WORD_TOKEN.matcher(after);
        for (int n = 0; n < window && words.find(); n++) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (UNIT_WORDS.containsKey(word)) {
                return UNIT_WORDS.get(word);
            }
            if (OTHER_NOUNS.contains(word)) {
                return n <= 2 ? word : null; // "five days"; "1,000 soldiers over the past six weeks" is still a figure
            }
        }
        return null;
    }

    /** The unit named after the number, else nearest in its sentence, else last named before it nearby. */
    private static Unit unit(String text, int sentenceStart, String sentence, int start, int end) {
        Matcher of = UNIT_OF.matcher(sentence.substring(0, start));
        if (of.find() && UNIT_WORDS.containsKey(of.group(1).toLowerCase(Locale.ROOT))) {
            return UNIT_WORDS.get(of.group(1).toLowerCase(Locale.ROOT)); // "the bodies of 1,000 deceased individuals"
        }
        if (firstUnitOrOther(sentence.substring(end), UNIT_WINDOW_WORDS) instanceof Unit unit) {
            return unit;
        }
        Unit nearest = null;
        int distance = Integer.MAX_VALUE;
        Matcher words = WORD_TOKEN.matcher(sentence);
        while (words.find()) {
            Unit unit = UNIT_WORDS.get(words.group().toLowerCase(Locale.ROOT));
            int d = words.start() >= end ? words.start() - end : start - words.end();
            if (unit != null && d < distance) {
                nearest = unit;
                distance = d;
            }
        }
        if (nearest != null) {
            return nearest;
        }
        String before = text.substring(Math.max(0, sentenceStart - UNIT_LOOKBACK), sentenceStart);
        Matcher back = WORD_TOKEN.matcher(before.substring(Math.max(0, before.lastIndexOf("\n\n")))); // this paragraph
        Unit last = null;
        while (back.find()) {
            last = UNIT_WORDS.getOrDefault(back.group().toLowerCase(Locale.ROOT), last);
        }
        return last;
    }

    // --- parties -----------------------------------------------------------------------------------

    private record Mention(PartyId party, String text, int start, int end) {
    }

    private List<Mention> mentions(String sentence) {
        List<Mention> found = new ArrayList<>();
        for (PartyNames names : parties) {
            for (String name : names.names()) {
                if (name.isBlank()) {
                    continue;
                }
                Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence);
                while (matcher.find()) {
                    found.add(new Mention(names.party(), matcher.group(), matcher.start(), matcher.end()));
                }
            }
        }
        // a longer name wins over a shorter one inside it ("Russian defense ministry" over "Russian")
        found.sort(Comparator.comparingInt((Mention m) -> m.end - m.start).reversed());
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : found) {
            if (kept.stream().noneMatch(k -> k.start < mention.end && mention.start < k.end)) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /**
     * The mention that most likely says whose figure this is: nearest to the number, strongly
     * preferring a mention that speaks ("Moscow confirmed", "according to Kyiv"), and weakly
     * avoiding adjectives of nationality ("Ukrainian soldiers" names the dead, not the speaker).
     */
    private static Mention speaker(List<Mention> mentions, int start, int end, String sentence) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention mention : mentions) {
            int distance = mention.start >= end ? mention.start - end : Math.max(0, start - mention.end);
            int score = distance;
            if (SPEECH_AFTER.matcher(sentence.substring(mention.end)).find()
                    || SPEECH_BEFORE.matcher(sentence.substring(0, mention.start)).find()) {
                score -= 1_000;
            }
            if (mention.end <= start && sentence.substring(mention.end, start).isBlank()) {
                score -= 2_000; // "Kyiv counted 6,057 in total, Moscow 6,060": the name right before the number
            }
            if (mention.text.toLowerCase(Locale.ROOT).matches(".*(?:ian|ish|ese)")) {
                score += 200;
            }
            if (score < bestScore) {
                best = mention;
                bestScore = score;
            }
        }
        return best;
    }
}
